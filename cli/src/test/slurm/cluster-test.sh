#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# A one-node Slurm cluster on 127.0.0.1 (munged, slurmctld, slurmd in a temporary directory),
# a sweep submitted to it as a job array of chunks, one task requeued while it runs and one
# killed (both held part way by hold.sh until then), the killed one resubmitted, the parts
# merged, and the result compared row for row with the same sweep on one machine. Run by
# SlurmClusterTest:
#   cluster-test.sh WORK_DIR EXPERIMENT_FILE ORGSIM_COMMAND
set -euo pipefail
work=$1 experiment=$2 orgsim=$3
here=$(cd "$(dirname "$0")" && pwd)
n=4
node=$(hostname)
mkdir -p "$work/state" "$work/spool" "$work/logs"
cd "$work"
pids=()
cleanup() {
  # jobs of this test's cluster only (SLURM_CONF points at it), so no task outlives the test
  if [ -n "${SLURM_CONF:-}" ]; then scancel --full --signal=KILL --user=root 2>/dev/null || true; sleep 1; fi
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT
say() { echo "[$(date +%T)] $*"; }

munged --socket="$work/munge.sock" --pid-file="$work/munged.pid" --log-file="$work/munged.log" \
  --seed-file="$work/munged.seed" --key-file=/etc/munge/munge.key --force
pids+=("$(cat "$work/munged.pid")")
port=$((20000 + RANDOM % 20000))
cat > slurm.conf <<CONF
ClusterName=orgsim-test
SlurmctldHost=$node(127.0.0.1)
SlurmUser=root
SlurmdUser=root
SlurmctldPort=$port
SlurmdPort=$((port + 1))
AuthType=auth/munge
AuthInfo=socket=$work/munge.sock
CredType=cred/munge
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
SlurmctldLogFile=$work/slurmctld.log
SlurmdLogFile=$work/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
MpiDefault=none
ReturnToService=2
JobRequeue=1
KillWait=5
NodeName=$node NodeAddr=127.0.0.1 CPUs=2 State=UNKNOWN
PartitionName=test Nodes=$node Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF=$work/slurm.conf
slurmctld -D -f slurm.conf >ctld.out 2>&1 & pids+=($!)
slurmd -D -f slurm.conf -N "$node" >slurmd.out 2>&1 & pids+=($!)
for _ in $(seq 600); do
  sinfo -h -o %t 2>/dev/null | grep -q idle && break
  sleep 0.5
done
sinfo -h -o %t | grep -q idle || { say "FAILED: the node never became idle in 300 s"; tail -20 slurmctld.log slurmd.log; exit 1; }
say "cluster up: $(sinfo -h -o '%P %a %D %t %N')"

rows() { if [ -f "$1" ]; then echo $(($(wc -l <"$1") - 1)); else echo 0; fi; }
part() { echo "$work/out/chunks/part-$1-of-$n.csv"; }
state() { squeue -h -j "$1" -o %T 2>/dev/null | head -n1; }
gone() { [ -z "$(squeue -h -j "$1" -o %i 2>/dev/null)" ]; }
# wait_until SECONDS WHAT COMMAND...: polls COMMAND; after SECONDS it fails naming WHAT. The
# limits are minutes, far above the seconds each step takes on a loaded machine: nothing here
# is a race against a timer, the holds in hold.sh decide the order of events.
wait_until() {
  local limit=$1 what=$2 t0=$SECONDS
  shift 2
  until "$@"; do
    if ((SECONDS - t0 > limit)); then
      say "FAILED: $what not reached in $limit s"; squeue || true; tail -n 20 "$work"/logs/* 2>/dev/null || true
      exit 1
    fi
    sleep 0.2
  done
}
held_running() { [ -f "$work/hold/held-$1" ] && [ "$(state "${job}_$1")" = RUNNING ]; }
# back in the queue (or, where a site has no requeue delay, already started again)
requeued() {
  scontrol -o show job "$1" 2>/dev/null | grep -q ' Restarts=[1-9]' && [[ "$(state "$1")" =~ ^(PENDING|RUNNING|)$ ]]
}
# the first attempt of tasks 0 and 1 is stopped part way (after its first row) until this
# script has requeued or killed it; every other start runs straight through (hold.sh)
mkdir -p "$work/hold"
export N=$n EXPERIMENT=$experiment OUT=$work/out ORGSIM="$here/hold.sh" ORGSIM_REAL=$orgsim HOLD_DIR=$work/hold
job=$(HOLD_TASKS="0 1" sbatch --parsable --array=0-$((n - 1)) --output="$work/logs/%x-%A_%a.out" "$here/sweep.sbatch")
say "submitted job array $job (chunks 0-$((n - 1)) of $n)"

wait_until 300 "task 0 running and held part way" held_running 0
scontrol requeue "${job}_0"
say "requeued task 0 while it ran, at $(cat "$work/hold/held-0") rows"
wait_until 300 "task 1 running and held part way" held_running 1
scancel --signal=KILL --full "${job}_1"
say "killed task 1 while it ran, at $(cat "$work/hold/held-1") rows"
# a requeued task waits two minutes before it may start again; let it start at once
wait_until 300 "task 0 back in the queue after its requeue" requeued "${job}_0"
[ "$(state "${job}_0")" != PENDING ] || scontrol update JobId="${job}_0" StartTime=now

wait_until 600 "the job array finished" gone "$job"
say "array done; task 1 is incomplete: $(rows "$(part 1)") rows"

if $orgsim sweep "$experiment" --out "$work/out" --merge >merge-refused.out 2>&1; then
  say "merge accepted an incomplete part"; cat merge-refused.out; exit 1
fi
say "merge refused: $(tail -n1 merge-refused.out)"
again=$(HOLD_TASKS="" sbatch --parsable --array=1 --output="$work/logs/%x-%A_%a.out" "$here/sweep.sbatch")
wait_until 600 "the resubmitted task 1 finished" gone "$again"
say "task 1 resubmitted as $again and done"
$orgsim sweep "$experiment" --out "$work/out" --merge
$orgsim sweep "$experiment" --out "$work/one" --threads 2 >one.out
cmp "$work/out/results.csv" "$work/one/results.csv"
cmp "$work/out/summary.csv" "$work/one/summary.csv"
say "merged results.csv and summary.csv equal the one-machine sweep byte for byte ($(rows "$work/one/results.csv") rows)"
grep -h "resumed" "$work"/logs/*_0.out | tr '\n' ' '; echo
