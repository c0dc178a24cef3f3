#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# The ORGSIM command of cluster-test.sh (never of a real cluster): runs orgsim with the
# arguments sweep.sbatch gives it. In the first attempt of the tasks listed in HOLD_TASKS it
# stops orgsim (SIGSTOP) as soon as its part holds a row and writes HOLD_DIR/held-TASK, so the
# test requeues or kills a task that is part way for certain, however loaded the machine is,
# instead of racing it with a timer. Slurm's kill (SIGCONT, SIGTERM, SIGKILL) ends it as usual.
#   ORGSIM_REAL=... HOLD_TASKS="0 1" HOLD_DIR=... hold.sh sweep FILE --out OUT ... --chunk I/N
set -euo pipefail
: "${ORGSIM_REAL:?}" "${HOLD_DIR:?}" "${OUT:?}" "${N:?}"
task=${SLURM_ARRAY_TASK_ID:-}
held=false
for t in ${HOLD_TASKS:-}; do [ "$t" = "$task" ] && held=true; done
# a requeued or resubmitted task runs as usual
if ! $held || [ "${SLURM_RESTART_COUNT:-0}" != 0 ] || [ -e "$HOLD_DIR/held-$task" ]; then
  exec $ORGSIM_REAL "$@"
fi
part=$OUT/chunks/part-$task-of-$N.csv
$ORGSIM_REAL "$@" &
orgsim=$!
rows=0
while kill -0 "$orgsim" 2>/dev/null; do
  if [ -f "$part" ]; then
    mapfile -t lines <"$part" # a builtin: no process to start between seeing the row and the stop
    rows=$((${#lines[@]} - 1))
    if [ "$rows" -ge 1 ]; then
      kill -STOP "$orgsim"
      # kill returns before the stop takes hold: count the rows once every thread has stopped
      for _ in $(seq 1000); do
        read -r -a stat <"/proc/$orgsim/stat" && [ "${stat[2]}" = T ] && break
        sleep 0.01
      done
      mapfile -t lines <"$part"
      echo "$((${#lines[@]} - 1))" >"$HOLD_DIR/held-$task.tmp"
      mv "$HOLD_DIR/held-$task.tmp" "$HOLD_DIR/held-$task"
      break
    fi
  fi
  sleep 0.02
done
wait "$orgsim"
