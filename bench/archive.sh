#!/usr/bin/env bash
# The archive's write cost per day and search/dishes p50/p99 on a generated year of menus, through the service's own
# store and query handlers: on SQLite (a temp file) and, when the PostgreSQL server binaries are installed, on a
# PostgreSQL this script starts in a temp folder on a free loopback port (default durability settings) and stops.
# Usage: bash bench/archive.sh   (DAYS=365 SEARCHES=500; NO_BUILD=1 skips the build; POSTGRES=0 skips PostgreSQL)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

DAYS=${DAYS:-365}
SEARCHES=${SEARCHES:-500}
PG_DIR=""
PG_BIN=""
RUN_AS=()

stop_postgres() {
  if [[ -n "$PG_DIR" && -f "$PG_DIR/data/postmaster.pid" ]]; then
    "${RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  [[ -n "$PG_DIR" ]] && rm -rf "$PG_DIR"
  stop_all
}
trap stop_postgres EXIT

# initdb and pg_ctl from PATH, else the newest /usr/lib/postgresql/*/bin.
find_postgres() {
  if command -v pg_ctl >/dev/null && command -v initdb >/dev/null; then
    PG_BIN=$(dirname "$(command -v pg_ctl)")
  else
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1 || true)
  fi
  [[ -n "$PG_BIN" && -x "$PG_BIN/initdb" && -x "$PG_BIN/pg_ctl" ]]
}

# start_postgres: sets PG_PORT. PostgreSQL refuses root, so it runs as the postgres user then.
start_postgres() {
  PG_DIR=$(mktemp -d)
  chmod 777 "$PG_DIR"
  [[ $(id -u) == 0 ]] && RUN_AS=(runuser -u postgres --)
  PG_PORT=$(free_port)
  (cd "$PG_DIR" && "${RUN_AS[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust --encoding=UTF8 --locale=C >"$RESULTS/initdb.log" 2>&1)
  (cd "$PG_DIR" && "${RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
    -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=''" start >/dev/null)
  log "postgres $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT"
}

[[ "${NO_BUILD:-}" == 1 ]] || build_release
BENCH="$REPO/bench/DiningMenus.Benchmarks/bin/Release/net10.0/DiningMenus.Benchmarks.dll"

log "sqlite: $DAYS days x 7 halls, $SEARCHES searches"
dotnet "$BENCH" archive --days "$DAYS" --searches "$SEARCHES" | tee "$RESULTS/archive-sqlite.txt"

if [[ "${POSTGRES:-1}" == 1 ]]; then
  if find_postgres; then
    start_postgres
    log "postgres: $DAYS days x 7 halls, $SEARCHES searches"
    dotnet "$BENCH" archive --days "$DAYS" --searches "$SEARCHES" --provider postgres \
      --connection "Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=archive_bench" | tee "$RESULTS/archive-postgres.txt"
  else
    log "no PostgreSQL server binaries (initdb, pg_ctl): skipped PostgreSQL (apt-get install postgresql)"
  fi
fi
