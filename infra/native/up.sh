#!/usr/bin/env bash
# Start real servers on 127.0.0.1 for tests and distributed mode, without Docker:
#   - Apache Kafka, single node KRaft (broker+controller), jars from Maven Central
#   - S3Proxy with the filesystem backend, jar from Maven Central
#   - redis-server from Debian (installed with apt-get when missing)
# Data, configs, logs and pid files live under ${NEWSWIRE_INFRA_DIR:-/tmp/newswire-infra}.
# Idempotent: a server that already answers is left alone. Waits until every server really
# answers (Kafka: Admin metadata round trip, S3: an S3 XML answer, Redis: PING -> PONG).
#
# stdout: only KEY=value lines, so that a caller can
#   eval "$(bash infra/native/up.sh | sed 's/^/export /')"
# stderr: progress, versions, start-up times, errors.
# Stop with infra/native/down.sh [--purge]; check with infra/native/status.sh.
# Settings: see the head of lib.sh.
set -euo pipefail
# shellcheck source=lib.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"

no_args up.sh "$@"

# ---------------------------------------------------------------- prerequisites
check_java() {
  command -v "$JAVA" >/dev/null 2>&1 || die "java not found (Java 17+ is needed for Kafka 4 and S3Proxy 4)"
  local v
  v="$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')"
  [[ "${v%%.*}" =~ ^[0-9]+$ && "${v%%.*}" -ge 17 ]] || die "Java 17+ is needed, found java.specification.version=${v:-?} ($JAVA)"
}

# Runnable classpaths from Maven Central, fetched once into $CACHE_DIR (and ~/.m2).
# A stamp holding the pom's hash marks a complete copy; a changed pom refetches.
ensure_lib() { # profile dir
  local profile="$1" dir="$2" want tmp
  want="$(sha256sum "$NATIVE_DIR/pom.xml" | cut -d' ' -f1)"
  if [[ -f "$dir/.complete" && "$(cat "$dir/.complete")" == "$want" ]]; then return 0; fi
  command -v mvn >/dev/null 2>&1 || die "mvn not found: Maven is needed once to fetch the $profile jars into $dir"
  log "fetching $profile jars from Maven Central into $dir ..."
  local t0; t0="$(now)"
  tmp="$dir.tmp.$$"
  rm -rf "$tmp"
  # (sed: Maven 3.8 prints colour resets even when told not to)
  if ! mvn -q -B -Dstyle.color=never -f "$NATIVE_DIR/pom.xml" -P "$profile" \
      dependency:copy-dependencies -DoutputDirectory="$tmp" 2>&1 | sed 's/\x1b\[[0-9;]*m//g' >&2; then
    rm -rf "$tmp"
    die "mvn could not fetch the $profile jars (pom: $NATIVE_DIR/pom.xml)"
  fi
  printf '%s\n' "$want" >"$tmp/.complete"
  rm -rf "$dir"
  mv "$tmp" "$dir"
  log "  $profile jars ready in $(elapsed "$t0") s ($(du -sh "$dir" | cut -f1))"
}

ensure_redis() {
  if command -v redis-server >/dev/null 2>&1 && command -v redis-cli >/dev/null 2>&1; then return 0; fi
  local sudo=()
  if [[ "$(id -u)" -ne 0 ]]; then
    command -v sudo >/dev/null 2>&1 || die "redis-server is missing and installing it needs root (apt-get install redis-server)"
    sudo=(sudo -n)
  fi
  log "redis-server not found: installing it from Debian (apt-get) ..."
  local t0; t0="$(now)"
  # RUNLEVEL=1: the package's init script must not start the system service; we run our own.
  local aptlog="$INFRA_DIR/apt-redis.log"
  if ! { "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive RUNLEVEL=1 apt-get update -qq &&
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive RUNLEVEL=1 \
      apt-get install -y -qq --no-install-recommends redis-server; } >"$aptlog" 2>&1; then
    tail -n 20 "$aptlog" >&2
    die "apt-get install redis-server failed (log: $aptlog)"
  fi
  command -v redis-server >/dev/null 2>&1 || die "redis-server still missing after apt-get install"
  log "  redis-server installed in $(elapsed "$t0") s"
}

# ---------------------------------------------------------------- launching
# Detached: own session (setsid), immune to SIGHUP (nohup), no terminal, lock fd closed.
# The pid file is written by the process itself right before it execs the server.
launch() { # pidfile logfile command...
  local pidfile="$1" out="$2"
  shift 2
  rm -f "$pidfile"
  # shellcheck disable=SC2016 # $$, $0 and $@ are for the inner bash
  nohup setsid bash -c 'echo $$ >"$0"; exec "$@"' "$pidfile" "$@" \
    </dev/null >>"$out" 2>&1 9>&- &
  local i
  for ((i = 0; i < 100; i++)); do
    [[ -s "$pidfile" ]] && return 0
    sleep 0.05
  done
  die "could not launch $1 (no pid file after 5 s; output: $out)"
}

declare -A STARTED=() # name -> start time, for the servers this run launched

# Whether a server still needs starting: not when it answers or a process of ours is already
# starting it (then only its start time is noted for the wait); dies when a stranger holds the port.
needs_start() { # name answers-fn pidfile process-marker port what-it-answers-as
  local name="$1" answers="$2" pidfile="$3" mark="$4" port="$5" what="$6" pid
  if "$answers"; then log "$name: already answering on $HOST:$port"; return 1; fi
  if pid="$(pid_of "$pidfile")" && pid_is_ours "$pid" "$mark"; then
    log "$name: process $pid is already starting, waiting for it"; STARTED[$name]="$(now)"; return 1
  fi
  if tcp_open "$port"; then die "port $port is in use by something that does not answer as $what"; fi
  return 0
}

start_kafka() {
  local pidfile="$KAFKA_HOME/kafka.pid"
  needs_start kafka kafka_answers "$pidfile" "$JVM_MARK" "$KAFKA_PORT" Kafka || return 0
  tcp_open "$KAFKA_CONTROLLER_PORT" && die "Kafka controller port $KAFKA_CONTROLLER_PORT is already in use"

  mkdir -p "$KAFKA_HOME/data" "$KAFKA_HOME/logs"
  cat >"$KAFKA_HOME/server.properties" <<EOF
# Written by infra/native/up.sh at each start; edit up.sh instead.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@$HOST:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://$HOST:$KAFKA_PORT,CONTROLLER://$HOST:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://$HOST:$KAFKA_PORT
inter.broker.listener.name=PLAINTEXT
controller.listener.names=CONTROLLER
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$KAFKA_HOME/data
num.partitions=3
default.replication.factor=1
auto.create.topics.enable=false
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
# Start-up speed of a one-node test cluster: the broker moves STARTING -> RECOVERY -> RUNNING
# on heartbeats (default every 2 s), and the single voter elects itself after the election
# timeout (default 1 s); both only matter for start-up here.
broker.heartbeat.interval.ms=500
controller.quorum.election.timeout.ms=300
num.network.threads=2
num.io.threads=4
log.retention.hours=168
EOF
  # log4j2's own shutdown hook would stop logging before Kafka's shutdown hook has logged.
  local logprops=(-Dlog4j2.configurationFile="$NATIVE_DIR/config/log4j2-broker.properties"
    -Dkafka.logs.dir="$KAFKA_HOME/logs" -Dlog4j2.shutdownHookEnabled=false)
  if [[ ! -f "$KAFKA_HOME/data/meta.properties" ]]; then
    # A Kafka Uuid: 16 random bytes, URL-safe base64 without padding (what
    # `StorageTool random-uuid` prints, minus a JVM start); like Kafka, avoid a leading '-'.
    local cid=-
    while [[ "$cid" == -* ]]; do
      cid="$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')"
    done
    [[ "$cid" =~ ^[A-Za-z0-9_-]{22}$ ]] || die "kafka: could not make a cluster id ('$cid')"
    log "kafka: formatting $KAFKA_HOME/data with new cluster id $cid"
    "$JAVA" -Dlog4j2.configurationFile="$NATIVE_DIR/config/log4j2-tools.properties" \
      -cp "$KAFKA_LIB/*" kafka.tools.StorageTool format \
      -t "$cid" -c "$KAFKA_HOME/server.properties" >"$KAFKA_HOME/logs/format.out" 2>&1 ||
      { cat "$KAFKA_HOME/logs/format.out" >&2; die "kafka: storage format failed (log: $KAFKA_HOME/logs/format.out)"; }
    printf '%s\n' "$cid" >"$KAFKA_HOME/cluster.id"
  fi
  log "kafka: starting on $HOST:$KAFKA_PORT (controller $HOST:$KAFKA_CONTROLLER_PORT)"
  STARTED[kafka]="$(now)"
  # shellcheck disable=SC2086 # KAFKA_HEAP_OPTS is a list of flags
  launch "$pidfile" "$KAFKA_HOME/logs/kafka.out" \
    "$JAVA" ${KAFKA_HEAP_OPTS:--Xms256m -Xmx512m} "$JVM_MARK" \
    -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:InitiatingHeapOccupancyPercent=35 \
    -XX:+ExplicitGCInvokesConcurrent -XX:+ExitOnOutOfMemoryError -Djava.awt.headless=true \
    "${logprops[@]}" -cp "$KAFKA_LIB/*" kafka.Kafka "$KAFKA_HOME/server.properties"
}

start_s3proxy() {
  local pidfile="$S3_HOME/s3proxy.pid"
  needs_start s3proxy s3_answers "$pidfile" "$JVM_MARK" "$S3_PORT" S3 || return 0

  mkdir -p "$S3_HOME/data"
  local id="${S3_ACCESS_KEY_ID:-newswire}" secret="${S3_SECRET_ACCESS_KEY:-newswire-secret}"
  [[ "$id$secret" != *$'\n'* ]] || die "S3 credentials must not contain newlines"
  (
    umask 077
    cat >"$S3_HOME/s3proxy.conf" <<EOF
# Written by infra/native/up.sh at each start; edit up.sh instead.
s3proxy.endpoint=http://$HOST:$S3_PORT
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=$id
s3proxy.credential=$secret
jclouds.provider=filesystem
jclouds.filesystem.basedir=$S3_HOME/data
EOF
  )
  log "s3proxy: starting on http://$HOST:$S3_PORT (filesystem backend in $S3_HOME/data)"
  STARTED[s3proxy]="$(now)"
  # shellcheck disable=SC2086
  launch "$pidfile" "$S3_HOME/s3proxy.log" \
    "$JAVA" ${S3PROXY_HEAP_OPTS:--Xms64m -Xmx256m} "$JVM_MARK" \
    -XX:+ExitOnOutOfMemoryError -Djava.awt.headless=true \
    -Dlogback.statusListenerClass=ch.qos.logback.core.status.NopStatusListener \
    -cp "$S3PROXY_LIB/*" org.gaul.s3proxy.Main --properties "$S3_HOME/s3proxy.conf"
}

start_redis() {
  local pidfile="$REDIS_HOME/redis.pid"
  needs_start redis redis_answers "$pidfile" redis-server "$REDIS_PORT" Redis || return 0

  mkdir -p "$REDIS_HOME"
  log "redis: starting on $HOST:$REDIS_PORT (no persistence)"
  STARTED[redis]="$(now)"
  # Not --daemonize: launch() detaches it and owns the pid file, like the JVMs.
  launch "$pidfile" "$REDIS_HOME/redis.out" \
    redis-server --bind "$HOST" --port "$REDIS_PORT" --daemonize no \
    --save '' --appendonly no --dir "$REDIS_HOME" --logfile "$REDIS_HOME/redis.log"
}

# ---------------------------------------------------------------- waiting
READY_TIMES=()
show_logs() { # logfile outfile: what most likely says why a server did not come up
  local logfile="$1" out="$2"
  if [[ -s "$out" && "$out" != "$logfile" ]]; then
    log "---- last lines of $out:"
    tail -n 15 "$out" >&2 || true
  fi
  if [[ -s "$logfile" ]]; then
    if grep -qE 'ERROR|FATAL|Exception' "$logfile"; then
      log "---- errors in $logfile (last 20):"
      grep -E 'ERROR|FATAL|Exception' "$logfile" | tail -n 20 >&2 || true
    else
      log "---- last lines of $logfile:"
      tail -n 20 "$logfile" >&2 || true
    fi
  fi
}

# Polls all servers this run launched in one loop, so each one's time is its own.
declare -A PROBE=([kafka]=kafka_answers [s3proxy]=s3_answers [redis]=redis_answers)
declare -A PIDFILE=([kafka]="$KAFKA_HOME/kafka.pid" [s3proxy]="$S3_HOME/s3proxy.pid" [redis]="$REDIS_HOME/redis.pid")
declare -A LOGFILE=([kafka]="$KAFKA_HOME/logs/server.log" [s3proxy]="$S3_HOME/s3proxy.log" [redis]="$REDIS_HOME/redis.log")
declare -A OUTFILE=([kafka]="$KAFKA_HOME/logs/kafka.out" [s3proxy]="$S3_HOME/s3proxy.log" [redis]="$REDIS_HOME/redis.out")
wait_all() {
  local deadline=$((SECONDS + TIMEOUT)) name
  local -a pending=()
  for name in redis s3proxy kafka; do [[ -n "${STARTED[$name]:-}" ]] && pending+=("$name"); done
  while ((${#pending[@]})); do
    local -a still=()
    for name in "${pending[@]}"; do
      if "${PROBE[$name]}"; then
        READY_TIMES+=("$name ready in $(elapsed "${STARTED[$name]}") s")
      elif ! pid_of "${PIDFILE[$name]}" >/dev/null; then
        show_logs "${LOGFILE[$name]}" "${OUTFILE[$name]}"
        die "$name exited before answering on $HOST (log: ${LOGFILE[$name]}, output: ${OUTFILE[$name]})"
      elif ((SECONDS >= deadline)); then
        show_logs "${LOGFILE[$name]}" "${OUTFILE[$name]}"
        die "$name did not answer within ${TIMEOUT} s (NEWSWIRE_INFRA_TIMEOUT; still running as pid $(cat "${PIDFILE[$name]}"), stop it with down.sh; log: ${LOGFILE[$name]})"
      else
        still+=("$name")
      fi
    done
    pending=("${still[@]}")
    ((${#pending[@]})) && sleep 0.2
  done
  return 0
}

# ---------------------------------------------------------------- main
T_ALL="$(now)"
check_java
mkdir -p "$CACHE_DIR" "$INFRA_DIR"
exec 8>"$CACHE_DIR/.lock"
flock -w 900 8 || die "another up.sh holds $CACHE_DIR/.lock"
ensure_lib kafka "$KAFKA_LIB"
ensure_lib s3proxy "$S3PROXY_LIB"
flock -u 8
exec 8>&-

exec 9>"$INFRA_DIR/.lock"
flock -w 300 9 || die "another up.sh/down.sh holds $INFRA_DIR/.lock"
ensure_redis
printf '%s\n' "# ports of the last infra/native/up.sh run" "KAFKA_PORT=$KAFKA_PORT" \
  "KAFKA_CONTROLLER_PORT=$KAFKA_CONTROLLER_PORT" "S3_PORT=$S3_PORT" "REDIS_PORT=$REDIS_PORT" \
  >"$INFRA_DIR/settings.env"

# S3Proxy first: its JVM boots while Kafka's storage is formatted (first start only).
start_s3proxy
start_kafka
start_redis
wait_all
# See kafka_warm in lib.sh: spares the first client retriable coordinator errors.
T_WARM="$(now)"
WARM_DEADLINE=$((SECONDS + 60))
until kafka_warm; do
  if ((SECONDS >= WARM_DEADLINE)); then
    log "warning: kafka answers metadata requests but its coordinators are not ready after 60 s (log: $KAFKA_HOME/logs/server.log)"
    break
  fi
  sleep 0.2
done
if [[ -n "${STARTED[kafka]:-}" ]]; then READY_TIMES+=("kafka coordinators warm $(elapsed "$T_WARM") s later"); fi

log "versions: Kafka $(kafka_version) (KRaft), S3Proxy $(s3proxy_version), Redis $(redis_version)"
for line in "${READY_TIMES[@]}"; do log "start-up: $line"; done
log "all up in $(elapsed "$T_ALL") s; data in $INFRA_DIR"

print_env_kafka
print_env_s3
print_env_redis
