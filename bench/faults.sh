#!/usr/bin/env bash
# Hostile input and upstream faults against the real service (Release build, Redis, fake upstream, all on 127.0.0.1).
#  1. COUNT (10 000) randomized hostile query strings → answers counted by status; any 5xx other than 503 fails.
#  2. A steady load of known menus and hostile queries while the fake upstream is switched mid-run
#     None → ServerError → Hang → Truncate → Garbage → None: only 200 (fresh or stale, whole) or 503 for known
#     menus, 4xx/503 for bad input, never another 5xx; afterwards no bad menu is cached.
#  3. Hang: the vendor never answers; the service with its default timeouts (answer deadline 3 s, upstream 25 s).
#     Menus read before (fresh entries then invalidated, last good copies kept) → 200 stale, menus never read → 503,
#     on the meal, day and range routes; the slowest answer at most the deadline + 1 s.
# Usage: bash bench/faults.sh   (COUNT=10000 PHASE_SECONDS=8 HANG_SECONDS=12 NO_BUILD=1 to skip the build)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
trap stop_all EXIT

COUNT=${COUNT:-10000}
PHASE_SECONDS=${PHASE_SECONDS:-8}
LOADTOOLS="$REPO/bench/DiningMenus.LoadTools/bin/Release/net10.0/DiningMenus.LoadTools.dll"

ensure_tools
log "load average at start: $(loadavg)"
[[ "${NO_BUILD:-}" == 1 ]] || build_release
start_redis
start_fake

# --- 1. hostile queries, service with its default settings ---------------------------------------------
start_service
set +e
dotnet "$LOADTOOLS" hostile --base "$API" --count "$COUNT" --concurrency 32 --seed "${SEED:-1}" --time-limit-seconds 300 \
  | tee "$RESULTS/faults-hostile.txt"
hostile_rc=${PIPESTATUS[0]}
set -e
hostile_fail_logs=$(grep -c '^fail:' "$RESULTS/service.log" || true)
cp "$RESULTS/service.log" "$RESULTS/service-hostile.log"
stop_pid "$API_PID"

# --- 2. upstream faults mid-run ------------------------------------------------------------------------
# Short lifetimes and timeouts so that the faults are reached within seconds (with the defaults a cached menu
# would hide them for 30 minutes and a hung upstream would take 25 s per fetch). Replayed answers live 1 s, within
# the run's 4 s settle: the checks afterwards must reach the cache core, not a fresh answer replayed from before.
redis FLUSHALL >/dev/null
start_service OutputCache__Seconds=1 Cache__BaseTtlSeconds=2 Cache__JitterSeconds=0 Cache__ShortTtlSeconds=1 Menus__RetryAfterSeconds=2 \
  Upstream__AttemptTimeoutSeconds=1 Upstream__TotalTimeoutSeconds=3 Upstream__MaxRetryAttempts=1 \
  Upstream__RetryBaseDelayMilliseconds=100 Upstream__CircuitBreakSeconds=2
set +e
dotnet "$LOADTOOLS" faults --base "$API" --control "$FAKE" --phase-seconds "$PHASE_SECONDS" --concurrency 16 --settle-seconds 4 \
  | tee "$RESULTS/faults-upstream.txt"
faults_rc=${PIPESTATUS[0]}
set -e
faults_fail_logs=$(grep -c '^fail:' "$RESULTS/service.log" || true)
cp "$RESULTS/service.log" "$RESULTS/service-faults.log"
stop_pid "$API_PID"

# --- 3. a hanging vendor, default timeouts ----------------------------------------------------------------
redis FLUSHALL >/dev/null
start_service
log "load average before the hang phase: $(loadavg)"
set +e
dotnet "$LOADTOOLS" hang --base "$API" --control "$FAKE" --admin-key "$ADMIN_KEY" --deadline-seconds 3 \
  --seconds "${HANG_SECONDS:-12}" --concurrency 16 | tee "$RESULTS/faults-hang.txt"
hang_rc=${PIPESTATUS[0]}
set -e
hang_fail_logs=$(grep -c '^fail:' "$RESULTS/service.log" || true)
cp "$RESULTS/service.log" "$RESULTS/service-hang.log"

echo
echo "load average at end: $(loadavg)"
echo "hostile queries: $([[ $hostile_rc == 0 ]] && echo PASS || echo FAIL) (service logged $hostile_fail_logs 'fail:' entries; see bench/results/service-hostile.log)"
echo "upstream faults: $([[ $faults_rc == 0 ]] && echo PASS || echo FAIL) (service logged $faults_fail_logs 'fail:' entries; see bench/results/service-faults.log)"
echo "hanging vendor: $([[ $hang_rc == 0 ]] && echo PASS || echo FAIL) (service logged $hang_fail_logs 'fail:' entries; see bench/results/service-hang.log)"
[[ $hostile_rc == 0 && $faults_rc == 0 && $hang_rc == 0 ]]
