#!/usr/bin/env bash
# Say for each server (Kafka, S3Proxy, Redis) whether it answers on 127.0.0.1, on the ports of
# the last infra/native/up.sh run (or the environment / defaults).
# stdout: the same KEY=value lines as up.sh, for the servers that answer.
# stderr: one status line per server.
# Exit status: 0 when all three answer, 1 otherwise.
set -euo pipefail
# shellcheck source=lib.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"

no_args status.sh "$@"

pid_note() { # pidfile marker
  local pid
  if pid="$(pid_of "$1")" && pid_is_ours "$pid" "$2"; then printf 'pid %s' "$pid"; else printf 'no pid file of ours in %s' "$INFRA_DIR"; fi
}

DOWN=0
if kafka_answers; then
  log "kafka:   up    $HOST:$KAFKA_PORT ($(pid_note "$KAFKA_HOME/kafka.pid" "$JVM_MARK"), Kafka $(kafka_version), cluster id $KAFKA_PROBE_CLUSTER_ID)"
  print_env_kafka
else
  log "kafka:   DOWN  $HOST:$KAFKA_PORT does not answer a metadata request (log: $KAFKA_HOME/logs/server.log)"
  DOWN=1
fi
if s3_answers; then
  log "s3proxy: up    http://$HOST:$S3_PORT ($(pid_note "$S3_HOME/s3proxy.pid" "$JVM_MARK"), S3Proxy $(s3proxy_version))"
  print_env_s3
else
  log "s3proxy: DOWN  http://$HOST:$S3_PORT gives no S3 answer (log: $S3_HOME/s3proxy.log)"
  DOWN=1
fi
if redis_answers; then
  log "redis:   up    $HOST:$REDIS_PORT ($(pid_note "$REDIS_HOME/redis.pid" redis-server), Redis $(redis_version))"
  print_env_redis
else
  log "redis:   DOWN  $HOST:$REDIS_PORT does not answer PING (log: $REDIS_HOME/redis.log)"
  DOWN=1
fi
exit "$DOWN"
