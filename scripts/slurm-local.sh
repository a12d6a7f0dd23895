#!/usr/bin/env bash
# A one-node Slurm cluster on this machine, to try deploy/slurm/ and for the cluster tests.
# Usage: scripts/slurm-local.sh start|stop|status|env
#
#   start   install Debian's slurm-wlm and munge if missing (apt-get, as root or with sudo),
#           write a slurm.conf (one node, one partition "briefing" of 2 CPUs), start munged,
#           slurmctld and slurmd, wait until the node is idle, and print the line to use it:
#               eval "$(scripts/slurm-local.sh env)"   # export SLURM_CONF=...
#   stop    cancel the cluster's jobs, stop the three daemons and remove the folder
#   status  whether it runs (exit 0 if all three daemons do), and sinfo and squeue when it does
#   env     the export line for SLURM_CONF (sbatch, squeue and scancel read it)
#
# Everything lives in one folder, BRIEFING_SLURM_DIR (default ${TMPDIR:-/tmp}/briefing-slurm-UID):
# the config, the munge key and socket, state, spool, pid and log files. The ports are free
# ones picked at start, so two clusters (say, two CI runs) can run side by side in two folders.
# The daemons run as root (slurmd must, to start jobs as their users).
# Exit codes: 0 done, 1 failed, 2 usage, 3 Slurm cannot be installed or run here (no apt-get,
# or neither root nor a password-less sudo): the cluster tests skip on 3 and only on 3.
set -euo pipefail

dir=${BRIEFING_SLURM_DIR:-${TMPDIR:-/tmp}/briefing-slurm-$(id -u)}
conf=$dir/slurm.conf
marker=$dir/.briefing-slurm-local   # stop removes only a folder that holds this
export SLURM_CONF=$conf
# What the cluster needs, as commands and the Debian packages that hold them.
commands=(munged mungekey slurmctld slurmd sbatch)
packages=(slurm-wlm munge)

say() { echo "slurm-local: $*" >&2; }
cannot() { say "$*"; exit 3; }

usage() {
  echo "usage: scripts/slurm-local.sh start|stop|status|env" >&2
  exit 2
}

# apt-get waits this long (seconds) for another apt or dpkg run (as scripts/setup.sh does).
apt_wait=(-o DPkg::Lock::Timeout=600)

apt_update() {  # "$@": sudo, or nothing; retried while another run holds the lists' lock
  local err waited=0
  while ! err=$("$@" env LC_ALL=C apt-get "${apt_wait[@]}" update -qq 2>&1 >/dev/null); do
    if [[ $err == *"Could not get lock"* ]] && [ "$waited" -lt 600 ]; then
      sleep 5
      waited=$((waited + 5))
    else
      echo "$err" >&2
      return 1
    fi
  done
}

install_packages() {
  local missing=() c
  for c in "${commands[@]}"; do
    command -v "$c" >/dev/null || missing+=("$c")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  command -v apt-get >/dev/null ||
    cannot "missing ${missing[*]}, and no apt-get to install ${packages[*]}: install Slurm and MUNGE yourself"
  local sudo=()
  if [ "$(id -u)" != 0 ]; then
    if ! command -v sudo >/dev/null || ! sudo -n true 2>/dev/null; then
      cannot "missing ${missing[*]}: installing ${packages[*]} needs root or a password-less sudo"
    fi
    sudo=(sudo -n)
  fi
  say "installing ${packages[*]} (missing: ${missing[*]})"
  apt_update "${sudo[@]}"
  # Debian's postinst scripts would start system-wide daemons; policy-rc.d usually stops
  # that in containers, and the daemons below use their own key, socket and ports anyway.
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get "${apt_wait[@]}" install -y -qq \
    --no-install-recommends "${packages[@]}" >/dev/null
  for c in "${commands[@]}"; do
    command -v "$c" >/dev/null || { say "installed ${packages[*]}, but $c is still missing"; exit 1; }
  done
}

alive() {  # alive NAME: the daemon whose pid file is $dir/run/NAME.pid runs
  local pid
  [ -f "$dir/run/$1.pid" ] && pid=$(<"$dir/run/$1.pid") && [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

write_conf() {
  local host mem ctld_port slurmd_port
  host=$(hostname -s)
  # The node's memory in MB, less a margin: jobs asking for --mem must fit in it.
  mem=$(awk '/^MemTotal:/ {print int($2 / 1024 * 0.9)}' /proc/meminfo)
  ctld_port=$(free_port)
  slurmd_port=$(free_port)
  while [ "$slurmd_port" = "$ctld_port" ]; do slurmd_port=$(free_port); done
  cat >"$conf" <<EOF
# Written by scripts/slurm-local.sh: a one-node cluster in $dir.
ClusterName=briefing-local
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
# cred_expire: also how long a requeued job waits before it starts again (default 120 s).
AuthInfo=socket=$dir/munge/munge.socket,cred_expire=10
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/run/slurmctld.pid
SlurmdPidFile=$dir/run/slurmd.pid
SlurmctldLogFile=$dir/log/slurmctld.log
SlurmdLogFile=$dir/log/slurmd.log
SlurmctldDebug=info
SlurmdDebug=info
# No cgroups (containers rarely allow them): processes are tracked by process group.
ProctrackType=proctrack/pgid
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
# One line per finished job (and per killed run of a requeued one), for the tests.
JobCompType=jobcomp/filetxt
JobCompLoc=$dir/log/jobcomp.log
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SchedulerType=sched/backfill
# Jobs are requeued after a node failure if they allow it (sbatch --requeue); a node that
# comes back is used again; a killed job gets SIGTERM, then SIGKILL 5 s later.
JobRequeue=1
ReturnToService=2
KillWait=5
MinJobAge=3600
InactiveLimit=0
MpiDefault=none
MailProg=/bin/true
# The node has 2 CPUs whatever the machine has: the partition is 2 CPUs.
SlurmdParameters=config_overrides
NodeName=$host NodeAddr=127.0.0.1 CPUs=2 RealMemory=$mem State=UNKNOWN
PartitionName=briefing Nodes=$host Default=YES MaxTime=INFINITE State=UP
EOF
}

wait_for() {  # wait_for SECONDS WHAT COMMAND...: until COMMAND succeeds
  local seconds=$1 what=$2 i
  shift 2
  for ((i = 0; i < seconds * 5; i++)); do
    "$@" >/dev/null 2>&1 && return 0
    sleep 0.2
  done
  say "$what did not come up within $seconds s; logs in $dir/log"
  tail -n 5 "$dir"/log/*.log >&2 2>/dev/null || true
  return 1
}

node_idle() {
  local state
  state=$(sinfo -h -N -o %T 2>/dev/null) && [[ $state == idle* ]]
}

start() {
  if alive slurmctld && alive slurmd && alive munged; then
    say "already running in $dir"
    echo "export SLURM_CONF=$conf"
    return 0
  fi
  [ "$(id -u)" = 0 ] || cannot "the daemons run as root: run this as root (sudo scripts/slurm-local.sh start)"
  install_packages
  # An empty folder (mktemp -d) is fine; anything else must be this script's.
  if [ -e "$dir" ] && [ ! -f "$marker" ] && [ -n "$(ls -A "$dir" 2>/dev/null)" ]; then
    say "$dir is not empty and not a cluster folder of this script"
    exit 1
  fi
  stop_daemons  # what is left of an earlier start that failed half way
  mkdir -p "$dir"
  touch "$marker"
  mkdir -p "$dir"/{munge,state,spool,run,log}
  chmod 755 "$dir"  # sbatch, as any user, reads slurm.conf and talks to munged's socket
  chmod 755 "$dir/munge"
  write_conf
  mungekey --create --keyfile="$dir/munge/munge.key" --force
  chmod 600 "$dir/munge/munge.key"
  munged --socket="$dir/munge/munge.socket" --key-file="$dir/munge/munge.key" \
    --pid-file="$dir/run/munged.pid" --log-file="$dir/log/munged.log" \
    --seed-file="$dir/munge/munged.seed" --force
  wait_for 10 munged alive munged
  slurmctld -f "$conf"
  wait_for 30 slurmctld scontrol ping
  slurmd -f "$conf"
  wait_for 60 "the node" node_idle
  say "running in $dir: partition briefing, node $(hostname -s), 2 CPUs"
  echo "export SLURM_CONF=$conf"
}

stop_daemons() {
  local name pid i
  for name in slurmd slurmctld munged; do
    alive "$name" || continue
    pid=$(<"$dir/run/$name.pid")
    kill "$pid" 2>/dev/null || true
    for ((i = 0; i < 50; i++)); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.2
    done
    if kill -0 "$pid" 2>/dev/null; then kill -9 "$pid" 2>/dev/null || true; fi
  done
}

stop() {
  if [ ! -f "$marker" ]; then
    [ -d "$dir" ] && rmdir "$dir" 2>/dev/null  # an empty folder made for it (mktemp -d)
    say "not running (no cluster folder $dir)"
    return 0
  fi
  if alive slurmctld; then
    local jobs i
    jobs=$(squeue -h -o %A 2>/dev/null || true)
    if [ -n "$jobs" ]; then
      # shellcheck disable=SC2086  # one job id a word
      scancel $jobs 2>/dev/null || true
      for ((i = 0; i < 75; i++)); do  # KillWait is 5 s: running jobs end within it
        [ -z "$(squeue -h -o %A 2>/dev/null)" ] && break
        sleep 0.2
      done
    fi
  fi
  stop_daemons
  rm -rf "$dir"
  say "stopped; removed $dir"
}

status() {
  if ! [ -f "$marker" ]; then
    echo "not running (no cluster folder $dir)"
    return 1
  fi
  local name state=0
  for name in munged slurmctld slurmd; do
    if alive "$name"; then echo "$name: running (pid $(<"$dir/run/$name.pid"))"; else echo "$name: stopped"; state=1; fi
  done
  if [ "$state" = 0 ]; then
    sinfo
    squeue
  fi
  echo "export SLURM_CONF=$conf"
  return "$state"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  env) echo "export SLURM_CONF=$conf" ;;
  *) usage ;;
esac
