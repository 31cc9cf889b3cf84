# Shared helpers for bench/run.sh and bench/faults.sh (sourced, not run). Everything listens on 127.0.0.1,
# on free ports, and every process started here is stopped by its pid when the calling script exits.

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RESULTS=${RESULTS:-$REPO/bench/results}
mkdir -p "$RESULTS"
STARTED_PIDS=()
USED_PORTS=()
REDIS_PIDFILE=""

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

stop_all() {
  local pid
  for pid in "${STARTED_PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${STARTED_PIDS[@]}"; do
    # wait only works for our own children; give each up to 5 s, then KILL that one pid
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  done
  if [[ -n "$REDIS_PIDFILE" && -f "$REDIS_PIDFILE" ]]; then
    kill "$(cat "$REDIS_PIDFILE")" 2>/dev/null || true
  fi
}

# A port nobody listens on (and that this script has not handed out yet).
free_port() {
  local port
  for _ in $(seq 1 200); do
    port=$((20000 + RANDOM % 40000))
    [[ " ${USED_PORTS[*]} " == *" $port "* ]] && continue
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      USED_PORTS+=("$port")
      echo "$port"
      return 0
    fi
  done
  echo "no free port found" >&2
  return 1
}

# wait_http URL SECONDS: until the URL answers (any status) or the time is up.
wait_http() {
  local url=$1 seconds=$2
  for _ in $(seq 1 $((seconds * 10))); do
    if curl -s -o /dev/null --max-time 1 "$url"; then return 0; fi
    sleep 0.1
  done
  echo "timed out waiting for $url" >&2
  return 1
}

ensure_tools() {
  local missing=()
  command -v redis-server >/dev/null || missing+=(redis-server)
  command -v wrk >/dev/null || missing+=(wrk)
  command -v curl >/dev/null || missing+=(curl)
  if [[ ${#missing[@]} -gt 0 ]]; then
    log "installing ${missing[*]}"
    for i in 1 2 3 4 5; do apt-get update -qq && break; sleep 5; done   # the apt lock may be held briefly
    for i in 1 2 3 4 5; do DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null && break; sleep 5; done
  fi
}

build_release() {
  log "building Release (the solution holds the service, the fake upstream and the bench tools)"
  (cd "$REPO" && dotnet build DiningMenus.sln -c Release -nologo -v q) >"$RESULTS/build.log" 2>&1 \
    || { tail -30 "$RESULTS/build.log"; return 1; }
}

# start_redis: sets REDIS_PORT; own port, own pid file, no persistence.
start_redis() {
  REDIS_PORT=$(free_port)
  local dir
  dir=$(mktemp -d)
  REDIS_PIDFILE=$dir/redis.pid
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --daemonize yes --save '' --appendonly no \
    --pidfile "$REDIS_PIDFILE" --logfile "$dir/redis.log" >/dev/null
  for _ in $(seq 1 50); do redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG && break; sleep 0.1; done
  for _ in $(seq 1 20); do [[ -s "$REDIS_PIDFILE" ]] && break; sleep 0.1; done
  log "redis on 127.0.0.1:$REDIS_PORT (pid $(cat "$REDIS_PIDFILE"))"
}

stop_redis() {
  local pid
  pid=$(cat "$REDIS_PIDFILE")
  kill "$pid"
  for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  log "redis stopped (pid $pid)"
}

redis() { redis-cli -h 127.0.0.1 -p "$REDIS_PORT" "$@"; }

# bench_captures: a capture folder ($RESULTS/captures) with every route of tests/captures plus the Pomona hall pages
# the functional tests use (their hours), so open-now has hours to read. Files are named by absolute path.
bench_captures() {
  local dir=$RESULTS/captures pages=$REPO/tests/DiningMenus.Api.FunctionalTests/Fixtures/pomona hall
  mkdir -p "$dir"
  {
    sed -e "s|\"file\": \"|\"file\": \"$REPO/tests/captures/|" -e '$d' "$REPO/tests/captures/routes.json" | sed '$s/}$/},/'
    # Hoch's menu API for any date answers with its one captured day (2025-11-15): other dates read as unpublished.
    printf '  {"url": "https://api-prd.sodexomyway.net/v0.2/data/menu/13147001/15258", "file": "%s"},\n' \
      "$REPO/tests/captures/sodexo/hoch_menu-sections_2025-11-15_excerpt.json"
    for hall in frank frary oldenborg; do
      printf '  {"url": "https://www.pomona.edu/administration/dining/menus/%s", "file": "%s/%s.html", "contentType": "text/html; charset=UTF-8"}' \
        "$hall" "$pages" "$hall"
      [[ $hall == oldenborg ]] && printf '\n' || printf ',\n'
    done
    echo ']'
  } >"$dir/routes.json"
  echo "$dir"
}

# start_fake: sets FAKE_PORT and FAKE (base URL); control endpoints on; serves bench_captures.
start_fake() {
  FAKE_PORT=$(free_port)
  FAKE=http://127.0.0.1:$FAKE_PORT
  dotnet "$REPO/tools/FakeUpstream/bin/Release/net10.0/DiningMenus.FakeUpstream.dll" --port "$FAKE_PORT" --control \
    --captures "$(bench_captures)" >"$RESULTS/fake-upstream.log" 2>&1 &
  STARTED_PIDS+=($!)
  wait_http "$FAKE/__control/requests" 30
  log "fake upstream at $FAKE (pid ${STARTED_PIDS[-1]})"
}

# The bench's own admin key: the stampede empties every cache level through the admin endpoint.
ADMIN_KEY=bench-admin-key-0001
# invalidate_hall HALL: drops the hall's fresh cache entries, L1 copies and replayed answers.
invalidate_hall() { curl -s -o /dev/null -X DELETE -H "X-Api-Key: $ADMIN_KEY" "$API/api/v2/admin/halls/$1/menus"; }

fake_count() { curl -s "$FAKE/__control/requests?path=$1" | tr -d '[:space:]'; }
fake_fault() { curl -s -X POST "$FAKE/__control/fault?mode=$1" >/dev/null; }
fake_reset() { curl -s -X POST "$FAKE/__control/reset" >/dev/null; }

# start_service [extra VAR=value ...]: sets API_PORT, API (base URL) and API_PID. The content root is the
# output folder, where appsettings.json is. Each service gets an archive of its own in $RESULTS, empty: what it
# serves stale is what it read itself, never what an earlier phase or run left behind.
start_service() {
  API_PORT=$(free_port)
  API=http://127.0.0.1:$API_PORT
  local archive="$RESULTS/archive-$API_PORT.db"
  rm -f "$archive" "$archive-wal" "$archive-shm"
  (
    cd "$REPO/src/Api/bin/Release/net10.0"
    exec env Upstream__RedirectBaseUrl="$FAKE" Redis__Configuration="127.0.0.1:$REDIS_PORT" Menus__MaxDaysBack=3650 \
      RateLimiting__Client__TokenLimit=1000000000 RateLimiting__Client__TokensPerPeriod=1000000000 \
      Warmer__Enabled=false Admin__ApiKey="$ADMIN_KEY" Archive__ConnectionString="Data Source=$archive" \
      "$@" dotnet DiningMenus.Api.dll --urls "$API"
  ) >"$RESULTS/service.log" 2>&1 &
  API_PID=$!
  STARTED_PIDS+=("$API_PID")
  wait_http "$API/health" 60
  log "service at $API (pid $API_PID)"
}

loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

# stop_pid PID: TERM, up to 10 s, then KILL that one pid.
stop_pid() {
  local pid=$1
  kill "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true
}
