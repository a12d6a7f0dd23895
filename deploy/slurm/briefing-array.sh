#!/bin/bash
# One shard of a briefing batch, as a task of a Slurm job array.
#
#   mkdir -p logs && sbatch --array=1-4 deploy/slurm/briefing-array.sh OUTPUT INPUT... [OPTIONS]
#
# (deploy/slurm/submit.sh does this and submits the merge job after it.) Submit it from the
# folder the INPUT paths are relative to: every task runs the same command from there, and
# task K of N renders shard K/N of the inputs into OUTPUT (on storage all nodes share) and
# writes its report to OUTPUT/reports/shard-K.json. OPTIONS are `briefing batch` options
# (--theme policy ...), the same for every task and the merge job.
#
# N is the array's task count, or SHARDS when set: rerun one task of a 4-shard batch with
#   SHARDS=4 sbatch --array=3 deploy/slurm/briefing-array.sh OUTPUT INPUT...
#
# Exit codes: `briefing batch` 0 (all done) and 1 (some articles failed; they are in the
# report, and retrying would fail them again) end the task successfully; 2 (a usage error)
# and 70 (an internal error, a bug) fail it, as does being killed. --requeue lets Slurm
# run a task again after a node failure or `scontrol requeue`; the rerun skips the PDFs
# that are already done (no partial PDF is ever left in OUTPUT) and renders the rest.
#SBATCH --job-name=briefing-batch
#SBATCH --cpus-per-task=2
#SBATCH --mem=2G
#SBATCH --time=01:00:00
#SBATCH --requeue
#SBATCH --open-mode=append
#SBATCH --output=logs/briefing-%A_%a.log
set -u
cd "${SLURM_SUBMIT_DIR:?not run by Slurm}" || exit 2
if [ $# -lt 2 ]; then
  echo "usage: sbatch --array=1-N briefing-array.sh OUTPUT INPUT... [briefing batch options]" >&2
  exit 2
fi
out=$1
shift
k=${SLURM_ARRAY_TASK_ID:?not an array task: submit with sbatch --array=1-N}
n=${SHARDS:-${SLURM_ARRAY_TASK_COUNT:?}}
echo "briefing-array: shard $k/$n, run $((${SLURM_RESTART_COUNT:-0} + 1)), on $(hostname) at $(date -Is)" >&2
mkdir -p "$out/reports" || exit 2
# --jobs: the CPUs Slurm gave the task (a node without CPU binding shows them all).
briefing batch "$@" -o "$out" --quiet ${SLURM_CPUS_PER_TASK:+--jobs "$SLURM_CPUS_PER_TASK"} \
  --shard "$k/$n" --report "$out/reports/shard-$k.json"
code=$?
echo "briefing-array: shard $k/$n ended with exit code $code at $(date -Is)" >&2
case $code in
  0 | 1) exit 0 ;;
  *) exit "$code" ;;
esac
