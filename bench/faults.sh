#!/usr/bin/env bash
# Hostile input and upstream faults against the real service (Release build, Redis, fake upstream, all on 127.0.0.1).
#  1. COUNT (10 000) randomized hostile query strings → answers counted by status; any 5xx other than 503 fails.
#  2. A steady load of known menus and hostile queries while the fake upstream is switched mid-run
#     None → ServerError → Hang → Truncate → Garbage → None: only 200 (fresh or stale, whole) or 503 for known
#     menus, 4xx/503 for bad input, never another 5xx; afterwards no bad menu is cached.
# Usage: bash bench/faults.sh   (COUNT=10000 PHASE_SECONDS=8 NO_BUILD=1 to skip the build)
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
# would hide them for 30 minutes and a hung upstream would take 25 s per fetch).
redis FLUSHALL >/dev/null
start_service Cache__BaseTtlSeconds=2 Cache__JitterSeconds=0 Cache__ShortTtlSeconds=1 \
  Upstream__AttemptTimeoutSeconds=1 Upstream__TotalTimeoutSeconds=3 Upstream__MaxRetryAttempts=1 \
  Upstream__RetryBaseDelayMilliseconds=100 Upstream__CircuitBreakSeconds=2
set +e
dotnet "$LOADTOOLS" faults --base "$API" --control "$FAKE" --phase-seconds "$PHASE_SECONDS" --concurrency 16 --settle-seconds 4 \
  | tee "$RESULTS/faults-upstream.txt"
faults_rc=${PIPESTATUS[0]}
set -e
faults_fail_logs=$(grep -c '^fail:' "$RESULTS/service.log" || true)
cp "$RESULTS/service.log" "$RESULTS/service-faults.log"

echo
echo "load average at end: $(loadavg)"
echo "hostile queries: $([[ $hostile_rc == 0 ]] && echo PASS || echo FAIL) (service logged $hostile_fail_logs 'fail:' entries; see bench/results/service-hostile.log)"
echo "upstream faults: $([[ $faults_rc == 0 ]] && echo PASS || echo FAIL) (service logged $faults_fail_logs 'fail:' entries; see bench/results/service-faults.log)"
[[ $hostile_rc == 0 && $faults_rc == 0 ]]
