#!/bin/bash
# Submit a sharded briefing batch to Slurm: an array of N tasks (briefing-array.sh), then
# the merge job (briefing-merge.sh), which runs once all of them have succeeded and is
# cancelled if one of them fails or is cancelled.
#
#   deploy/slurm/submit.sh N OUTPUT INPUT... [briefing batch options]
#   deploy/slurm/submit.sh 4 output/ articles/              # for example
#   TASKS=3 deploy/slurm/submit.sh 4 output/ articles/      # task 3 again, then the merge
#
# Run it from the folder the paths are relative to, on storage every node sees; the logs go
# to logs/ there. It prints the two job ids: "ARRAY_JOB_ID MERGE_JOB_ID". TASKS=3,4 submits
# only those tasks of the N (and the merge again): the way to finish a batch after a task
# was cancelled or failed. Slurm's own settings come from its environment variables
# (SBATCH_PARTITION, SBATCH_ACCOUNT, ...).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
if [ $# -lt 3 ] || ! [[ $1 =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: [TASKS=K,...] deploy/slurm/submit.sh N OUTPUT INPUT... [briefing batch options]" >&2
  exit 2
fi
n=$1
out=$2
shift 2
mkdir -p logs "$out/reports"
if [ -z "${TASKS:-}" ]; then
  rm -f "$out"/reports/shard-*.json  # an earlier batch's, perhaps of another N
fi
array=$(SHARDS=$n sbatch --parsable --array="${TASKS:-1-$n}" "$here/briefing-array.sh" "$out" "$@")
array=${array%%;*}
merge=$(sbatch --parsable --dependency="afterok:$array" --kill-on-invalid-dep=yes \
  "$here/briefing-merge.sh" "$out" "$@")
merge=${merge%%;*}
echo "$array $merge"
