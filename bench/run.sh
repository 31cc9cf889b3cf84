#!/usr/bin/env bash
# Open-now beside the hall list, warm throughput against a bare Kestrel floor, a cold stampede, a flood of one-off
# keys (RSS), degraded mode (Redis stopped) and RSS.
# Usage: bash bench/run.sh   (RUNS=3 repeats of each run, medians reported; DURATION=10s; FLOOD=30000; NO_BUILD=1 skips
#        the build; SERVICE_ENV="DOTNET_gcServer=0 ..." adds environment variables to the service for an experiment)
# Everything runs on 127.0.0.1 and stops by itself; raw outputs go to bench/results/ (git-ignored).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
trap stop_all EXIT

RUNS=${RUNS:-3}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-64}
STAMPEDE=${STAMPEDE:-500}
FLOOD=${FLOOD:-30000}
LATENCY_CALLS=${LATENCY_CALLS:-50}
MENU_PATH="/api/v2/menus?hall_id=frary&date=2025-12-01&meal=dinner"
# Same pipeline up to validation, rejected there (404 problem details): no cache read, no menu JSON. Shows how
# much of the warm GET's cost is MVC + validation and how much is the cache read and the menu's (de)serialization.
REJECT_PATH="/api/v2/menus?hall_id=nope&date=2025-12-01&meal=dinner"
FEED_PATH="/api.pomona.edu/eatec/Frary.json"
# Saturday brunch: the Bon Appétit halls have their day pages in the captures, the Pomona halls their hall pages.
OPEN_NOW_PATH="/api/v2/open-now?at=2026-02-07T11:30"
HALLS_PATH="/api/v2/halls"

ensure_tools
LOAD_START=$(loadavg)
log "load average at start: $LOAD_START (other builds share these $(nproc) cores)"
[[ "${NO_BUILD:-}" == 1 ]] || build_release
start_redis
start_fake
LOADTOOLS="$REPO/bench/DiningMenus.LoadTools/bin/Release/net10.0/DiningMenus.LoadTools.dll"

# Median of the numbers given.
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
# "rps p50_ms p99_ms non2xx socket_errors total_requests" from one wrk --latency output.
parse_wrk() {
  awk 'function ms(v) { if (v ~ /us$/) return substr(v, 1, length(v) - 2) / 1000; if (v ~ /ms$/) return substr(v, 1, length(v) - 2) + 0;
                        if (v ~ /s$/) return substr(v, 1, length(v) - 1) * 1000; return v + 0 }
       /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) } /^Requests\/sec/ { rps = $2 } /Non-2xx/ { non = $NF }
       /Socket errors/ { gsub(",", ""); se = $4 + $6 + $8 + $10 } /requests in/ { total = $1 }
       END { printf "%.0f %.2f %.2f %d %d %d\n", rps, p50, p99, non, se, total }' "$1"
}
# wrk_run NAME URL [wrk options]: one measured run, raw output kept; prints the parsed line.
wrk_run() {
  local out="$RESULTS/wrk-$1.txt"
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "${@:3}" "$2" >"$out" 2>&1
  parse_wrk "$out"
}
# cpu_ticks PID: user + system CPU time of a process so far, in clock ticks.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
# cpu_per_request TICKS REQUESTS: microseconds of CPU per request (a load-independent companion to req/s).
cpu_per_request() { awk -v t="$1" -v r="$2" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f", (r > 0) ? t * 1e6 / hz / r : 0 }'; }
# ms_of URL: one request's total time in milliseconds.
ms_of() { curl -s -o /dev/null -w '%{time_total}' "$1" | awk '{ printf "%.1f", $1 * 1000 }'; }
# latencies URL N: median and 90th percentile (ms) of N requests in a row.
latencies() {
  local times=() i
  for i in $(seq 1 "$2"); do times+=("$(ms_of "$1")"); done
  printf '%s\n' "${times[@]}" | sort -g | awk '{ a[NR] = $1 } END { printf "%.1f %.1f\n", a[int((NR + 1) / 2)], a[int(NR * 0.9 + 0.5)] }'
}

# --- 0. open-now beside the hall list: first call in a fresh process (cold caches), then warm ---------------
# A service of its own with replayed answers off, so that every call runs its action (both routes alike); its code
# paths are warmed first with a request that reads no menu, so "first call" means cold caches, not an unjitted process.
start_service OutputCache__Seconds=0
curl -s -o /dev/null "$API$REJECT_PATH"
halls_first=$(ms_of "$API$HALLS_PATH")
open_first=$(ms_of "$API$OPEN_NOW_PATH")
read -r halls_p50 halls_p90 < <(latencies "$API$HALLS_PATH" "$LATENCY_CALLS")
read -r open_p50 open_p90 < <(latencies "$API$OPEN_NOW_PATH" "$LATENCY_CALLS")
open_answer=$(curl -s -D "$RESULTS/open-now.headers" "$API$OPEN_NOW_PATH" | tee "$RESULTS/open-now.json" | grep -o '"id"' | wc -l)
open_unknown=$(awk -F': ' 'tolower($1) == "x-hours-unknown" { gsub("\r", "", $2); print $2 }' "$RESULTS/open-now.headers")
log "halls: first ${halls_first} ms, warm p50 ${halls_p50} p90 ${halls_p90} ms; open-now: first ${open_first} ms, warm p50 ${open_p50} p90 ${open_p90} ms ($open_answer serving, unknown: ${open_unknown:-none})"
stop_pid "$API_PID"
redis FLUSHALL >/dev/null

# shellcheck disable=SC2086 # SERVICE_ENV is a list of VAR=value words
start_service ${SERVICE_ENV:-}

# --- 1. cold stampede: STAMPEDE concurrent requests for one key nobody has cached -------------------
# Warm the code paths first (another hall's feed), so "cold" means an empty cache, not an unjitted process.
curl -s -o /dev/null "$API/api/v2/menus?hall_id=frank&date=2025-12-01&meal=dinner"
stampede_upstream=() stampede_slowest=() stampede_lines=()
for run in $(seq 1 "$RUNS"); do
  redis FLUSHALL >/dev/null   # the last good copies too
  invalidate_hall frary        # the in-process levels (L1, replayed answers), which FLUSHALL does not reach
  fake_reset
  line=$(dotnet "$LOADTOOLS" stampede --url "$API$MENU_PATH" --count "$STAMPEDE" --timeout-seconds 60 || true)
  upstream=$(fake_count "$FEED_PATH")
  log "stampede $run: $line upstream_requests=$upstream"
  stampede_lines+=("$line")
  stampede_upstream+=("$upstream")
  stampede_slowest+=("$(sed -n 's/.*slowest_ms=\([0-9.]*\).*/\1/p' <<<"$line")")
done
printf '%s\n' "${stampede_lines[@]}" >"$RESULTS/stampede.txt"

# --- 2. warm: the cached menu against the bare endpoint serving the very same bytes ------------------
curl -s -o "$RESULTS/response.json" "$API$MENU_PATH"
BARE_PORT=$(free_port)
dotnet "$REPO/bench/DiningMenus.BareEndpoint/bin/Release/net10.0/DiningMenus.BareEndpoint.dll" \
  --file "$RESULTS/response.json" --urls "http://127.0.0.1:$BARE_PORT" >"$RESULTS/bare.log" 2>&1 &
STARTED_PIDS+=($!)
BARE=http://127.0.0.1:$BARE_PORT
wait_http "$BARE/" 30
cmp -s "$RESULTS/response.json" <(curl -s "$BARE$MENU_PATH") || { echo "bare endpoint does not serve the same bytes" >&2; exit 1; }
log "response: $(wc -c <"$RESULTS/response.json") bytes; bare endpoint at $BARE"

log "warm-up (3 s each)"
wrk -t2 -c"$CONNECTIONS" -d3s "$API$MENU_PATH" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d3s "$BARE$MENU_PATH" >/dev/null
BARE_PID=${STARTED_PIDS[-1]}
warm_rps=() warm_p50=() warm_p99=() warm_non=() warm_cpu=() bare_rps=() bare_p50=() bare_p99=() bare_cpu=() reject_rps=() loads=()
for run in $(seq 1 "$RUNS"); do   # interleaved, so that a burst of load from other builds hits both alike
  t0=$(cpu_ticks "$API_PID")
  read -r rps p50 p99 non _ total < <(wrk_run "warm-$run" "$API$MENU_PATH")
  cpu=$(cpu_per_request $(($(cpu_ticks "$API_PID") - t0)) "$total")
  warm_rps+=("$rps") warm_p50+=("$p50") warm_p99+=("$p99") warm_non+=("$non") warm_cpu+=("$cpu")
  log "warm $run: $rps req/s p50 $p50 ms p99 $p99 ms non-2xx $non, $cpu us CPU/request (load $(loadavg))"
  t0=$(cpu_ticks "$BARE_PID")
  read -r rps p50 p99 _ _ total < <(wrk_run "bare-$run" "$BARE$MENU_PATH")
  cpu=$(cpu_per_request $(($(cpu_ticks "$BARE_PID") - t0)) "$total")
  bare_rps+=("$rps") bare_p50+=("$p50") bare_p99+=("$p99") bare_cpu+=("$cpu")
  log "bare $run: $rps req/s p50 $p50 ms p99 $p99 ms, $cpu us CPU/request (load $(loadavg))"
  read -r rps _ _ _ _ _ < <(wrk_run "reject-$run" "$API$REJECT_PATH")
  reject_rps+=("$rps")
  log "404 unknown hall $run: $rps req/s (load $(loadavg))"
  loads+=("$(loadavg)")
done
sleep 2
RSS_KB=$(awk '/^VmRSS/ {print $2}' "/proc/$API_PID/status")
HWM_KB=$(awk '/^VmHWM/ {print $2}' "/proc/$API_PID/status")
log "service RSS after the warm runs: $((RSS_KB / 1024)) MB (peak $((HWM_KB / 1024)) MB)"

# --- 2b. flood: FLOOD requests that would each be a new replayed answer if keys followed the query ------------
# Random well-formed tags (each a 200 with no items) and random unknown parameters on the three menu routes; the
# replay store is bounded (OutputCache:SizeLimitMegabytes) and unknown parameters share the entry.
set +e
dotnet "$LOADTOOLS" flood --base "$API" --count "$FLOOD" --concurrency 32 --seed 3 --time-limit-seconds 300 | tee "$RESULTS/flood.txt"
flood_rc=${PIPESTATUS[0]}
set -e
FLOOD_RSS_KB=$(awk '/^VmRSS/ {print $2}' "/proc/$API_PID/status")
sleep 7   # replayed answers live 5 s and are swept every second
FLOOD_SETTLED_KB=$(awk '/^VmRSS/ {print $2}' "/proc/$API_PID/status")
FLOOD_HWM_KB=$(awk '/^VmHWM/ {print $2}' "/proc/$API_PID/status")
FLOOD_GROWTH_MB=$(((FLOOD_RSS_KB - RSS_KB) / 1024))
flood_line=$(grep '^flood requests sent' "$RESULTS/flood.txt" || echo "flood did not run")
flood_statuses=$(awk '/^  [0-9a-z]/ { printf "%s%s x %s", sep, $1, $2; sep = ", " }' "$RESULTS/flood.txt")
log "flood: $flood_line; RSS $((RSS_KB / 1024)) -> $((FLOOD_RSS_KB / 1024)) MB (+$FLOOD_GROWTH_MB), $((FLOOD_SETTLED_KB / 1024)) MB 7 s later, peak $((FLOOD_HWM_KB / 1024)) MB"

# --- 3. degraded: the same warm run with Redis stopped ------------------------------------------------
# wrk's --timeout is raised from 2 s to 10 s so that slow answers are counted as answers, not as timeouts.
stop_redis
UPSTREAM_BEFORE=$(fake_count "$FEED_PATH")
deg_rps=() deg_non=() deg_err=() deg_p50=() deg_p99=() deg_total=()
for run in $(seq 1 "$RUNS"); do
  read -r rps p50 p99 non se total < <(wrk_run "degraded-$run" "$API$MENU_PATH" --timeout 10s)
  deg_rps+=("$rps") deg_non+=("$non") deg_err+=("$se") deg_p50+=("$p50") deg_p99+=("$p99") deg_total+=("$total")
  log "degraded $run: $rps req/s p99 $p99 ms, $total requests, non-2xx $non, socket errors $se (load $(loadavg))"
done
DEG_UPSTREAM=$(($(fake_count "$FEED_PATH") - UPSTREAM_BEFORE))
LOAD_END=$(loadavg)

# --- the table ----------------------------------------------------------------------------------------
W=$(median "${warm_rps[@]}") B=$(median "${bare_rps[@]}")
RATIO=$(awk -v w="$W" -v b="$B" 'BEGIN { printf "%.2f", (b > 0) ? w / b : 0 }')
all() { local IFS=,; echo "$*"; }
max() { printf '%s\n' "$@" | sort -g | tail -1; }
{
  echo
  echo "DiningMenus bench, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo) RAM,"
  echo "load average at start $LOAD_START, at end $LOAD_END (shared machine: other builds run too); $RUNS runs each, median (all runs)"
  [[ -z "${SERVICE_ENV:-}" ]] || echo "service environment added: $SERVICE_ENV"
  echo
  printf '| %-58s | %-34s | %-22s |\n' "measure" "result" "target"
  printf '|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..60})" "$(printf -- '-%.0s' {1..36})" "$(printf -- '-%.0s' {1..24})"
  row() { printf '| %-58s | %-34s | %-22s |\n' "$1" "$2" "$3"; }
  row "warm GET (cached), wrk -t2 -c$CONNECTIONS -d$DURATION: req/s" "$W ($(all "${warm_rps[@]}"))" ""
  row "open-now first call, cold caches (ms)" "$open_first (halls list: $halls_first)" ""
  row "open-now warm, p50 / p90 of $LATENCY_CALLS (ms)" "$open_p50 / $open_p90 (halls: $halls_p50 / $halls_p90)" "near the halls list"
  row "open-now answer at ${OPEN_NOW_PATH#*at=}" "$open_answer serving; unknown: ${open_unknown:-none}" ""
  row "warm GET latency p50 / p99 (ms)" "$(median "${warm_p50[@]}") / $(median "${warm_p99[@]}") ($(all "${warm_p99[@]}"))" "p99 <= 5 ms"
  row "warm GET non-2xx" "$(all "${warm_non[@]}")" "0"
  row "bare Kestrel, same $(wc -c <"$RESULTS/response.json") bytes: req/s" "$B ($(all "${bare_rps[@]}"))" ""
  row "bare latency p50 / p99 (ms)" "$(median "${bare_p50[@]}") / $(median "${bare_p99[@]}")" ""
  row "warm / bare throughput" "$RATIO" ">= 0.80"
  row "CPU per request, warm GET / bare (us)" "$(median "${warm_cpu[@]}") / $(median "${bare_cpu[@]}") ($(all "${warm_cpu[@]}") / $(all "${bare_cpu[@]}"))" "(diagnostic)"
  row "same service, 404 unknown hall (no cache read): req/s" "$(median "${reject_rps[@]}") ($(all "${reject_rps[@]}"))" "(diagnostic)"
  row "cold stampede ($STAMPEDE concurrent, 1 key): upstream requests" "$(all "${stampede_upstream[@]}")" "exactly 1"
  row "cold stampede slowest response (ms)" "$(median "${stampede_slowest[@]}") ($(all "${stampede_slowest[@]}"))" ""
  row "degraded (Redis stopped, wrk --timeout 10s): req/s" "$(median "${deg_rps[@]}") ($(all "${deg_rps[@]}"))" ""
  row "degraded: p50 / p99 (ms)" "$(median "${deg_p50[@]}") / $(median "${deg_p99[@]}")" ""
  row "degraded: non-2xx / socket errors per run" "$(all "${deg_non[@]}") / $(all "${deg_err[@]}")" "0"
  row "degraded: answers per run / feed fetches (all runs)" "$(all "${deg_total[@]}") / $DEG_UPSTREAM" ""
  row "service RSS after the warm runs (VmRSS; peak VmHWM)" "$((RSS_KB / 1024)) MB (peak $((HWM_KB / 1024)) MB)" "< 200 MB"
  row "flood: $FLOOD one-off keys (tags, unknown parameters)" "${flood_statuses:-none}" "no 5xx (exit $flood_rc)"
  row "flood: RSS growth (after - before; 7 s later; peak)" "+$FLOOD_GROWTH_MB MB ($((FLOOD_SETTLED_KB / 1024)) MB; $((FLOOD_HWM_KB / 1024)) MB)" "< 50 MB"
  echo
  echo "stampede runs: "; printf '  %s\n' "${stampede_lines[@]}"
  echo "flood: $flood_line"
} | tee "$RESULTS/table.txt"
