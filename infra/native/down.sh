#!/usr/bin/env bash
# Stop the servers that infra/native/up.sh started (Kafka, S3Proxy, redis-server), by their
# pid files under ${NEWSWIRE_INFRA_DIR:-/tmp/newswire-infra}, and wait until they have exited.
#   --purge   also delete that data directory (topics, objects, logs).
# A server that answers on its port but was not started by up.sh (no pid file of ours) is
# left alone, and said so. Exit status is 0 when none of ours is left running.
set -euo pipefail
# shellcheck source=lib.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"

PURGE=0
for arg in "$@"; do
  case "$arg" in
    --purge) PURGE=1 ;;
    -h | --help) print_help "${BASH_SOURCE[0]}"; exit 0 ;;
    *) die "unknown argument: $arg (down.sh [--purge])" ;;
  esac
done

if [[ -d "$INFRA_DIR" ]]; then
  exec 9>"$INFRA_DIR/.lock"
  flock -w 300 9 || die "another up.sh/down.sh holds $INFRA_DIR/.lock"
fi

FAILED=0
# Returns non-zero only when the process could not be stopped.
stop_one() { # name pidfile marker grace-seconds
  local name="$1" pidfile="$2" marker="$3" grace="$4" pid
  if ! pid="$(pid_of "$pidfile")"; then
    rm -f "$pidfile"
    log "$name: not running"
    return 0
  fi
  if ! pid_is_ours "$pid" "$marker"; then
    log "$name: pid $pid from $pidfile is not a server we started; removing the stale pid file"
    rm -f "$pidfile"
    return 0
  fi
  log "$name: stopping pid $pid"
  local t0 deadline
  t0="$(now)"
  deadline=$((SECONDS + grace))
  kill -TERM "$pid" 2>/dev/null || true
  while proc_alive "$pid"; do
    if ((SECONDS >= deadline)); then
      log "$name: still running after ${grace} s, sending SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
      sleep 0.5
      if proc_alive "$pid"; then log "$name: pid $pid survived SIGKILL"; return 1; fi
      break
    fi
    sleep 0.2
  done
  rm -f "$pidfile"
  log "$name: stopped in $(elapsed "$t0") s"
}

# Kafka's controlled shutdown takes a few seconds; give it time before SIGKILL.
stop_one kafka "$KAFKA_HOME/kafka.pid" "$JVM_MARK" 60 &
stop_one s3proxy "$S3_HOME/s3proxy.pid" "$JVM_MARK" 20 &
stop_one redis "$REDIS_HOME/redis.pid" "redis-server" 20 &
for job in $(jobs -p); do wait "$job" || FAILED=1; done

for name in kafka s3proxy redis; do
  case "$name" in
    kafka) tcp_open "$KAFKA_PORT" && log "note: something still listens on $HOST:$KAFKA_PORT (not started by up.sh, or not ours)" ;;
    s3proxy) tcp_open "$S3_PORT" && log "note: something still listens on $HOST:$S3_PORT (not started by up.sh, or not ours)" ;;
    redis) tcp_open "$REDIS_PORT" && log "note: something still listens on $HOST:$REDIS_PORT (not started by up.sh, or not ours)" ;;
  esac || true
done

if ((PURGE)); then
  case "$INFRA_DIR" in
    "" | / | /tmp | /root | /home | "$HOME") die "refusing to purge '$INFRA_DIR'" ;;
  esac
  if ((FAILED)); then die "not purging $INFRA_DIR: a server could not be stopped"; fi
  rm -rf -- "$INFRA_DIR"
  log "purged $INFRA_DIR"
fi
exit "$FAILED"
