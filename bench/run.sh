#!/usr/bin/env bash
# Read-side benchmark. Run after `./mvnw -B package -DskipTests`, from the repository root:
#     bench/run.sh            # the shipped data set, then a synthetic one of 10,000 initiatives
#     BENCH_SYNTHETIC=0 bench/run.sh   # the shipped data set only
#     BENCH_SHIPPED=0 BENCH_INITIATIVES=2000 bench/run.sh   # a synthetic data set of 2,000 only
#     BENCH_LOAD=api bench/run.sh      # the synthetic data set through the write API (hours at 10,000)
# Starts the jar with the README's run command on a fresh data directory, serves the identical
# response bytes with nginx, and runs `wrk -t1 -c64 -d6s` against both. Needs java, nginx, wrk,
# curl and python3 (Debian: apt-get install -y nginx wrk curl python3). Loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${BENCH_JAR:-target/quarkus-app/quarkus-run.jar}
[ -f "$JAR" ] || { echo "build first: ./mvnw -B package -DskipTests" >&2; exit 1; }
# The JVM options of the README's run command (keep the two in step)
JAVA_OPTS=(-Xms64m -Xmx512m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20 -Xss512k -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=48m -XX:MaxMetaspaceSize=128m
  -XX:MaxDirectMemorySize=64m -Dio.netty.allocator.numDirectArenas=1 -XX:TrimNativeHeapInterval=1000)
export MALLOC_ARENA_MAX=2
DURATION=${BENCH_DURATION:-6s}
# Extra environment for every start, e.g. a longer transaction timeout when the CPU is contended
# (the data set is loaded in one transaction, whose default limit is 60 s):
#   BENCH_ENV="QUARKUS_TRANSACTION_MANAGER_DEFAULT_TRANSACTION_TIMEOUT=600s" bench/run.sh
read -r -a BENCH_ENV <<<"${BENCH_ENV:-}"
WORK=$(mktemp -d /tmp/gpd-bench.XXXXXX)
chmod 755 "$WORK" # nginx's workers run as another user and must read the saved bodies
APP_PID=; NGINX_PID=
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
now_ms() { date +%s%3N; }

start_app() { # data dir, log file, extra env...
  local data=$1 log=$2; shift 2
  PORT=$(free_port)
  env "${BENCH_ENV[@]}" "$@" DATA_DIR="$data" PORT="$PORT" java "${JAVA_OPTS[@]}" -jar "$JAR" >"$log" 2>&1 &
  APP_PID=$!
  local started; started=$(now_ms)
  until curl -fs -o /dev/null "http://127.0.0.1:$PORT/api/v1/initiatives?pageSize=20"; do
    kill -0 "$APP_PID" 2>/dev/null || { echo "the service stopped:" >&2; tail -30 "$log" >&2; exit 1; }
    sleep 0.02
  done
  STARTUP_MS=$(( $(now_ms) - started ))
}

stop_app() { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=; }

rss_mb() { awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$APP_PID/status"; }

snapshot_ms() { grep -o 'Published snapshot built in [0-9]* ms' "$1" | tail -1 | grep -o '[0-9]*' | head -1; }

# wrk's requests/s and p99 (ms) for a URL
measure() {
  local out; out=$(wrk -t1 -c64 -d"$DURATION" --latency "$1")
  local rps; rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  local p99; p99=$(awk '$1 == "99%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; printf "%.1f", v}' <<<"$out")
  local errors; errors=$(awk '/Non-2xx/ {print $5}' <<<"$out")
  echo "$rps $p99 ${errors:-0}"
}

start_nginx() { # root dir
  NGINX_PORT=$(free_port)
  mkdir -p "$WORK/nginx/logs"
  cat >"$WORK/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  types { application/json json; }
  default_type application/json;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $1;
    etag on;
  }
}
CONF
  nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -g 'daemon off;' &
  NGINX_PID=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$NGINX_PORT/0.json" 2>/dev/null; do sleep 0.05; done
}

stop_nginx() { kill "$NGINX_PID"; wait "$NGINX_PID" 2>/dev/null || true; NGINX_PID=; }

# One table: each read against the service and against nginx serving the same bytes
bench_reads() { # title, then name=path pairs
  local title=$1; shift
  local root="$WORK/static-$RANDOM"; mkdir -p "$root"
  local i=0
  for pair in "$@"; do
    curl -fs "http://127.0.0.1:$PORT${pair#*=}" -o "$root/$i.json"; i=$((i + 1))
  done
  start_nginx "$root"
  # warm up (JIT) on every read before measuring any of them
  for pair in "$@"; do wrk -t1 -c16 -d"${BENCH_WARMUP:-5s}" "http://127.0.0.1:$PORT${pair#*=}" >/dev/null; done
  echo
  echo "### $title"
  echo
  echo "| read | service req/s | service p99 ms | nginx req/s | nginx p99 ms | ratio |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: |"
  i=0
  for pair in "$@"; do
    read -r s_rps s_p99 s_err < <(measure "http://127.0.0.1:$PORT${pair#*=}")
    read -r n_rps n_p99 _ < <(measure "http://127.0.0.1:$NGINX_PORT/$i.json")
    [ "$s_err" = 0 ] || echo "WARNING: $s_err non-2xx answers for ${pair#*=}" >&2
    printf '| %s | %.0f | %s | %.0f | %s | %.2f |\n' "${pair%%=*}" "$s_rps" "$s_p99" "$n_rps" "$n_p99" "$(echo "$s_rps / $n_rps" | bc -l)"
    i=$((i + 1))
  done
  stop_nginx
}

reads_for() { # base data set or synthetic: the five reads of issue 9 and three of issue 12
  local initiative edition driver
  initiative=$(curl -fs "http://127.0.0.1:$PORT/api/v1/initiatives?pageSize=1&q=$1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["results"][0]["slug"])')
  edition=$2; driver=$3
  echo "list=/api/v1/initiatives?pageSize=20"
  echo "filtered=/api/v1/initiatives?driver=$driver&edition=$edition"
  echo "search=/api/v1/initiatives?q=court"
  echo "detail=/api/v1/initiatives/$initiative"
  echo "matrix=/api/v1/editions/$edition/matrix"
  # issue 12: ranked search with facet counts, a statistic, a filtered CSV export
  echo "ranked+facets=/api/v1/initiatives?q=family%20court&facets=driver,edition,area,theme,organisation"
  echo "statistic=/api/v1/statistics/initiatives-by-driver-and-edition"
  echo "csv=/api/v1/exports/initiatives.csv?edition=$edition"
}

echo "## Read benchmark: $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(awk '/model name/ {$1=$2=$3=""; print; exit}' /proc/cpuinfo | sed 's/^ *//'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "JVM options: ${JAVA_OPTS[*]}; extra environment: ${BENCH_ENV[*]:-none}; wrk -t1 -c64 -d$DURATION; nginx $(nginx -v 2>&1 | sed 's/.*\///') serving the same bytes from disk"

DATA="$WORK/data"
if [ "${BENCH_SHIPPED:-1}" = 1 ]; then
start_app "$DATA" "$WORK/first.log"; COLD=$STARTUP_MS
SNAP=$(snapshot_ms "$WORK/first.log")
mapfile -t READS < <(reads_for lancaster good-practice-guide-edition-4 lack-of-information-sharing)
bench_reads "Shipped data set ($(curl -fs "http://127.0.0.1:$PORT/api/v1/initiatives?pageSize=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["paging"]["totalResults"])') initiatives)" "${READS[@]}"
# a minute of load over the five reads, then resident memory
LOAD=()
for pair in "${READS[@]}"; do wrk -t1 -c16 -d60s "http://127.0.0.1:$PORT${pair#*=}" >/dev/null & LOAD+=($!); done
wait "${LOAD[@]}"
RSS=$(rss_mb)
stop_app
start_app "$DATA" "$WORK/restart.log"; RESTART=$STARTUP_MS
echo
echo "| measure | value |"
echo "| --- | ---: |"
echo "| cold start (fresh data directory, loads the data set) to first 200 | $COLD ms |"
echo "| snapshot build at start | ${SNAP:-?} ms |"
echo "| resident memory after a minute of load (16 connections on each read above) | $RSS MB |"
echo "| restart on the existing data directory to first 200 | $RESTART ms |"
echo "| snapshot build at restart | $(snapshot_ms "$WORK/restart.log") ms |"
stop_app
fi

if [ "${BENCH_SYNTHETIC:-1}" = 1 ]; then
  SYN="$WORK/synthetic"
  GEN_START=$(now_ms)
  if [ "${BENCH_LOAD:-data-set}" = api ]; then
    # through the write API, as editors would: every write waits for its snapshot rebuild, so this takes hours at 10,000
    start_app "$SYN" "$WORK/synthetic.log" DIRECTORY_ADMIN_USERNAME=bench DIRECTORY_ADMIN_PASSWORD=bench-password-long
    python3 bench/generate.py "http://127.0.0.1:$PORT" bench bench-password-long "${BENCH_INITIATIVES:-10000}" >&2
    HOW="through the write API"
  else
    # in the shipped data set's format, read by the service's data-set loader at its first start
    python3 bench/generate.py --data-set "$WORK/synthetic-data" "${BENCH_INITIATIVES:-10000}"
    start_app "$SYN" "$WORK/synthetic.log" DIRECTORY_ADMIN_USERNAME=bench DIRECTORY_ADMIN_PASSWORD=bench-password-long \
      DIRECTORY_SEED_LOCATION="$WORK/synthetic-data" QUARKUS_TRANSACTION_MANAGER_DEFAULT_TRANSACTION_TIMEOUT=1800s
    HOW="by the data-set loader at first start"
  fi
  GEN_MS=$(( $(now_ms) - GEN_START ))
  SYN_COLD=$(snapshot_ms "$WORK/synthetic.log")
  # one editor's write to a published initiative, timed to its 2xx (which waits for the rebuilt snapshot)
  ONE=$(curl -fs "http://127.0.0.1:$PORT/api/v1/initiatives?pageSize=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["results"][0]["slug"])')
  WRITE_START=$(now_ms)
  curl -fs -o /dev/null -u bench:bench-password-long -X PATCH -H 'Content-Type: application/merge-patch+json' -H 'If-Match: *' \
    -d '{"summary":"Edited by the benchmark."}' "http://127.0.0.1:$PORT/api/v1/initiatives/$ONE"
  WRITE_MS=$(( $(now_ms) - WRITE_START ))
  REBUILD=$(grep -o 'Published snapshot rebuilt in [0-9]* ms' "$WORK/synthetic.log" | tail -1 | grep -o '[0-9]*' | head -1)
  mapfile -t READS < <(reads_for kinship synthetic-edition-3 "$(curl -fs "http://127.0.0.1:$PORT/api/v1/delay-drivers" | python3 -c 'import json,sys; print(json.load(sys.stdin)["results"][2]["slug"])')")
  bench_reads "Synthetic data set ($(curl -fs "http://127.0.0.1:$PORT/api/v1/initiatives?pageSize=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["paging"]["totalResults"])') initiatives, loaded $HOW in $((GEN_MS / 1000)) s)" "${READS[@]}"
  SYN_RSS=$(rss_mb)
  stop_app
  start_app "$SYN" "$WORK/synthetic-restart.log"; SYN_RESTART=$STARTUP_MS
  SYN_SNAP=$(snapshot_ms "$WORK/synthetic-restart.log")
  echo
  echo "JVM options: ${JAVA_OPTS[*]}"
  echo
  echo "| measure (synthetic) | value |"
  echo "| --- | ---: |"
  echo "| snapshot build at the first start | ${SYN_COLD:-?} ms |"
  echo "| one editor's write to a published initiative, to its 2xx (includes the HTTP Basic bcrypt check) | $WRITE_MS ms |"
  echo "| snapshot rebuild after that write | ${REBUILD:-?} ms |"
  echo "| snapshot build at restart | ${SYN_SNAP:-?} ms |"
  echo "| restart on the existing data directory to first 200 | $SYN_RESTART ms |"
  echo "| resident memory after the reads | $SYN_RSS MB |"
  stop_app
fi
