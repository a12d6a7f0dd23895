#!/bin/bash
# The last step of a sharded briefing batch, once every array task has succeeded:
#
#   sbatch --dependency=afterok:ARRAY_JOB_ID deploy/slurm/briefing-merge.sh OUTPUT INPUT... [OPTIONS]
#
# with the same OUTPUT, INPUT and OPTIONS as the array, from the same folder. It merges the
# shards' reports into OUTPUT/reports/shards.json (every article once, as its shard left
# it; an error if a shard is missing or an article is in two), then runs `briefing batch`
# once without --shard: everything is rendered and stamped already, so it skips every
# article, renders again only what failed, and writes OUTPUT/briefing-book.pdf and its
# own report, OUTPUT/reports/book.json.
#SBATCH --job-name=briefing-merge
#SBATCH --cpus-per-task=2
#SBATCH --mem=2G
#SBATCH --time=01:00:00
#SBATCH --requeue
#SBATCH --open-mode=append
#SBATCH --output=logs/briefing-merge-%j.log
set -u
cd "${SLURM_SUBMIT_DIR:?not run by Slurm}" || exit 2
if [ $# -lt 2 ]; then
  echo "usage: sbatch briefing-merge.sh OUTPUT INPUT... [briefing batch options]" >&2
  exit 2
fi
out=$1
shift
echo "briefing-merge: on $(hostname) at $(date -Is)" >&2
briefing merge-reports "$out"/reports/shard-*.json -o "$out/reports/shards.json"
code=$?
[ "$code" -le 1 ] || exit "$code"
briefing batch "$@" -o "$out" --quiet ${SLURM_CPUS_PER_TASK:+--jobs "$SLURM_CPUS_PER_TASK"} \
  --report "$out/reports/book.json" --combine "$out/briefing-book.pdf"
code=$?
echo "briefing-merge: ended with exit code $code at $(date -Is)" >&2
case $code in
  0 | 1) exit 0 ;;
  *) exit "$code" ;;
esac
