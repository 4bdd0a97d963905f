# shellcheck shell=bash disable=SC2034 # the variables here are used by the scripts that source it
# Shared by up.sh, down.sh and status.sh. Not meant to be run on its own.
#
# Settings (environment, all optional):
#   NEWSWIRE_INFRA_DIR      data, configs, logs and pid files   (default /tmp/newswire-infra)
#   NEWSWIRE_INFRA_CACHE    jar cache                           (default infra/native/.cache)
#   NEWSWIRE_INFRA_TIMEOUT  seconds to wait for each server     (default 120)
#   KAFKA_PORT              Kafka PLAINTEXT listener            (default 19092)
#   KAFKA_CONTROLLER_PORT   KRaft controller listener           (default KAFKA_PORT+1)
#   S3_PORT                 S3Proxy HTTP port                   (default 19000)
#   REDIS_PORT              redis-server port                   (default 16379)
#   S3_ACCESS_KEY_ID / S3_SECRET_ACCESS_KEY   S3Proxy identity/credential
#                                              (default newswire / newswire-secret)
#   KAFKA_HEAP_OPTS / S3PROXY_HEAP_OPTS        JVM heap flags
# The ports an up.sh run used are remembered in $NEWSWIRE_INFRA_DIR/settings.env, so that
# down.sh and status.sh find the servers without being given the same environment again.

NATIVE_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
INFRA_DIR="${NEWSWIRE_INFRA_DIR:-/tmp/newswire-infra}"
CACHE_DIR="${NEWSWIRE_INFRA_CACHE:-$NATIVE_DIR/.cache}"
TIMEOUT="${NEWSWIRE_INFRA_TIMEOUT:-120}"
HOST=127.0.0.1

log() { printf '%s\n' "$*" >&2; }
die() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }
# A script's head comment (from line 2 to `set -euo`) as its --help text, on stderr.
print_help() { sed -n '2,/^set -euo/p' "$1" | sed '$d; s/^# \{0,1\}//' >&2; }
# For scripts that take no argument but -h/--help: print the help and exit, or refuse anything else.
no_args() { # script-name "$@"
  local name="$1"; shift
  case "${1:-}" in
    "") ;;
    -h | --help) print_help "${BASH_SOURCE[1]}"; exit 0 ;;
    *) die "unknown argument: $1 ($name takes none; see --help)" ;;
  esac
}

# Remembered ports: the environment wins, then settings.env, then the defaults.
_saved() { # name default
  local v=""
  if [[ -f "$INFRA_DIR/settings.env" ]]; then
    v="$(sed -n "s/^$1=//p" "$INFRA_DIR/settings.env" | tail -n 1)"
  fi
  printf '%s' "${v:-$2}"
}
KAFKA_PORT="${KAFKA_PORT:-$(_saved KAFKA_PORT 19092)}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-$(_saved KAFKA_CONTROLLER_PORT $((KAFKA_PORT + 1)))}"
S3_PORT="${S3_PORT:-$(_saved S3_PORT 19000)}"
REDIS_PORT="${REDIS_PORT:-$(_saved REDIS_PORT 16379)}"

KAFKA_HOME="$INFRA_DIR/kafka"
S3_HOME="$INFRA_DIR/s3proxy"
REDIS_HOME="$INFRA_DIR/redis"
KAFKA_LIB="$CACHE_DIR/kafka-lib"
S3PROXY_LIB="$CACHE_DIR/s3proxy-lib"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
# Every JVM we start carries this, so down.sh never signals a process it did not start.
JVM_MARK="-Dnewswire.infra.dir=$INFRA_DIR"

now() { printf '%s' "${EPOCHREALTIME/,/.}"; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# ---------------------------------------------------------------- pid files
# Alive = exists and is not a zombie: our servers are re-parented to pid 1, which may take
# a while to reap them (seconds on some sandboxes), and kill -0 succeeds on a zombie.
proc_alive() { # pid
  local stat
  stat="$(cat "/proc/$1/stat" 2>/dev/null)" || return 1
  stat="${stat##*) }"
  [[ "${stat:0:1}" != Z && "${stat:0:1}" != X ]]
}
pid_of() { # pidfile -> prints pid if the file names a live process
  local f="$1" pid
  [[ -s "$f" ]] || return 1
  pid="$(tr -dc '0-9' <"$f")"
  [[ -n "$pid" ]] && proc_alive "$pid" || return 1
  printf '%s' "$pid"
}

pid_is_ours() { # pid marker
  local cmd
  cmd="$(tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null)" || return 1
  [[ "$cmd" == *"$2"* ]]
}

# ---------------------------------------------------------------- probes
tcp_open() { # port
  timeout 2 bash -c "exec 3<>/dev/tcp/$HOST/$1" 2>/dev/null
}

# ---- Kafka wire protocol, by hand (bash /dev/tcp + od; no JVM, ~20 ms a request).
# Only old, non-flexible request versions that Kafka 4.x still serves after KIP-896 are used.
# kafka_request API_KEY API_VERSION BODY_HEX: sends one request (header v1, correlation id 42,
# client id "newswire-probe") and sets KAFKA_RESP to the response bytes after the correlation
# id, as an array of two-digit hex strings. Fails on no connection or a wrong correlation id.
KAFKA_RESP=()
kafka_request() {
  KAFKA_RESP=()
  local body="$3" req hex
  # header: api_key int16 | api_version int16 | correlation_id int32 | client_id string
  req="$(printf '%04x%04x0000002a000e' "$1" "$2")6e657773776972652d70726f6265$body"
  req="$(printf '%08x' $((${#req} / 2)))$req"
  # shellcheck disable=SC2016,SC2001 # the script is for the inner bash; sed is clearer here
  hex="$(timeout 5 bash -c '
    exec 3<>"/dev/tcp/$0/$1" || exit 1
    printf "$2" >&3
    size=$(dd bs=1 count=4 <&3 2>/dev/null | od -An -tu1 | awk "{ print \$1*16777216 + \$2*65536 + \$3*256 + \$4 }")
    [ -n "$size" ] && [ "$size" -gt 0 ] && [ "$size" -lt 1048576 ] || exit 1
    dd bs="$size" count=1 iflag=fullblock <&3 2>/dev/null | od -An -v -tx1
  ' "$HOST" "$KAFKA_PORT" "$(sed 's/../\\x&/g' <<<"$req")" 2>/dev/null)" || return 1
  local -a b
  read -r -a b <<<"$(tr -s ' \n' ' ' <<<"$hex")"
  ((${#b[@]} >= 4)) && [[ "${b[*]:0:4}" == "00 00 00 2a" ]] || return 1
  KAFKA_RESP=("${b[@]:4}")
}
_kint() { # offset bytes -> unsigned integer from KAFKA_RESP
  local h="" i
  for ((i = $1; i < $1 + $2; i++)); do h+="${KAFKA_RESP[i]:-00}"; done
  printf '%d' "$((16#$h))"
}

# Readiness: a real Metadata request (v4, no topics). Ready = the broker answers and lists
# itself on our port; a KRaft broker opens its listener only once it is unfenced.
# On success KAFKA_PROBE_CLUSTER_ID holds the cluster id from the answer.
KAFKA_PROBE_CLUSTER_ID=""
kafka_answers() {
  KAFKA_PROBE_CLUSTER_ID=""
  # body: topics=[] (brokers only) | allow_auto_topic_creation=false
  kafka_request 3 4 0000000000 || return 1
  local -a r=("${KAFKA_RESP[@]}")
  # response v4: throttle_time_ms int32 | brokers [node_id int32, host string, port int32,
  #   rack nullable string] | cluster_id nullable string | controller_id int32 | topics [...]
  ((${#r[@]} >= 18)) || return 1
  (($(_kint 4 4) >= 1)) || return 1 # broker count
  local i=12 hostlen idlen c
  hostlen="$(_kint 12 2)"
  i=$((14 + hostlen))
  ((${#r[@]} >= i + 6)) || return 1
  (($(_kint "$i" 4) == KAFKA_PORT)) || return 1
  i=$((i + 4))
  if [[ "${r[i]}${r[i + 1]}" == ffff ]]; then i=$((i + 2)); else i=$((i + 2 + $(_kint "$i" 2))); fi # rack
  idlen="$(_kint "$i" 2)"
  if ((idlen > 0 && idlen < 64 && ${#r[@]} >= i + 2 + idlen)); then
    for ((c = i + 2; c < i + 2 + idlen; c++)); do KAFKA_PROBE_CLUSTER_ID+="$(printf '%b' "\\x${r[c]}")"; done
  fi
  return 0
}

# Warm-up, so that the first client after a start gets no retriable errors:
#  - InitProducerId (v1, no transactional id): the broker fetches its first block of producer
#    ids from the controller on first use and answers COORDINATOR_LOAD_IN_PROGRESS (14) until
#    then; an idempotent producer (kafkajs) would log that as an ERROR and retry.
#  - FindCoordinator (v1) for a group: creates and loads __consumer_offsets on a fresh data dir
#    (COORDINATOR_NOT_AVAILABLE (15) until then).
# Returns 0 when both answer error code 0.
kafka_warm() {
  local ok=0
  # body: transactional_id=null | transaction_timeout_ms=60000
  if kafka_request 22 1 ffff0000ea60 && ((${#KAFKA_RESP[@]} >= 6)) && (($(_kint 4 2) == 0)); then
    ok=$((ok + 1))
  fi
  # body: key="newswire-infra-warmup" | key_type=0 (group)
  if kafka_request 10 1 00156e657773776972652d696e6672612d7761726d757000 &&
    ((${#KAFKA_RESP[@]} >= 6)) && (($(_kint 4 2) == 0)); then
    ok=$((ok + 1))
  fi
  ((ok == 2))
}

# S3: an HTTP request that gets an S3 XML answer (anonymous GET / -> AccessDenied, or the
# bucket list). Plain bash, no curl needed.
s3_answers() {
  tcp_open "$S3_PORT" || return 1
  local resp
  resp="$(timeout 5 bash -c "exec 3<>/dev/tcp/$HOST/$S3_PORT
    printf 'GET / HTTP/1.0\r\nHost: $HOST:$S3_PORT\r\nConnection: close\r\n\r\n' >&3
    cat <&3" 2>/dev/null)" || true
  [[ "$resp" == HTTP/1.1\ * && "$resp" == *"x-amz-request-id"* &&
     ( "$resp" == *"<Error><Code>"* || "$resp" == *"ListAllMyBucketsResult"* ) ]]
}

redis_answers() {
  command -v redis-cli >/dev/null 2>&1 || return 1
  [[ "$(timeout 5 redis-cli -h "$HOST" -p "$REDIS_PORT" ping 2>/dev/null)" == PONG ]]
}

# ---------------------------------------------------------------- env lines
s3_credentials() { # prints "identity credential" the running/configured S3Proxy uses
  local id="" secret="" conf="$S3_HOME/s3proxy.conf"
  if [[ -f "$conf" ]]; then
    id="$(sed -n 's/^s3proxy\.identity=//p' "$conf")"
    secret="$(sed -n 's/^s3proxy\.credential=//p' "$conf")"
  fi
  printf '%s\n%s\n' "${id:-${S3_ACCESS_KEY_ID:-newswire}}" "${secret:-${S3_SECRET_ACCESS_KEY:-newswire-secret}}"
}
env_line() { printf '%s=%q\n' "$1" "$2"; }
print_env_kafka() { env_line KAFKA_BROKERS "$HOST:$KAFKA_PORT"; }
print_env_s3() {
  local creds
  mapfile -t creds < <(s3_credentials)
  env_line S3_ENDPOINT "http://$HOST:$S3_PORT"
  env_line S3_ACCESS_KEY_ID "${creds[0]}"
  env_line S3_SECRET_ACCESS_KEY "${creds[1]}"
  env_line S3_REGION us-east-1
  env_line S3_FORCE_PATH_STYLE true
}
print_env_redis() { env_line REDIS_URL "redis://$HOST:$REDIS_PORT"; }

# ---------------------------------------------------------------- versions
kafka_version() {
  local v=""
  if [[ -f "$KAFKA_HOME/logs/server.log" ]]; then
    v="$(grep -o 'Kafka version: [^ ]*' "$KAFKA_HOME/logs/server.log" | tail -n 1 | cut -d' ' -f3)"
  fi
  if [[ -z "$v" ]]; then
    v="$(find "$KAFKA_LIB" -maxdepth 1 -name 'kafka_2.13-*.jar' -printf '%f\n' 2>/dev/null |
      sed 's/^kafka_2\.13-//; s/\.jar$//' | head -n 1)"
  fi
  printf '%s' "${v:-unknown}"
}
s3proxy_version() {
  local v
  v="$(find "$S3PROXY_LIB" -maxdepth 1 -name 's3proxy-*.jar' -printf '%f\n' 2>/dev/null |
    sed 's/^s3proxy-//; s/-jar-with-dependencies\.jar$//; s/\.jar$//' | head -n 1)"
  printf '%s' "${v:-unknown}"
}
redis_version() {
  local v
  v="$(timeout 5 redis-cli -h "$HOST" -p "$REDIS_PORT" info server 2>/dev/null |
    sed -n 's/^redis_version:\([^[:space:]]*\).*/\1/p')"
  printf '%s' "${v:-unknown}"
}
