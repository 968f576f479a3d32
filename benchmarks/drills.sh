#!/usr/bin/env bash
# Fault drills of docs/benchmarks.md: benchmarks/drills.sh [db-outage] [kill-api]   (default: both)
#   db-outage  customers open tickets at full speed while agents resolve; 10 s into the load MariaDB is stopped,
#              10 s later it is started again. Requests meanwhile must get 503 problems; the API must recover by
#              itself; every ticket that got a 201 must be in the database and get assigned and resolved.
#   kill-api   the same load; 10 s in, the WebApi process is killed with SIGKILL and started again 5 s later.
#              No acknowledged ticket may be lost, and the tickets waiting at the crash must be assigned after it.
# Everything on 127.0.0.1, with the same private MariaDB and published WebApi as benchmarks/run.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
source benchmarks/lib.sh

drills=("$@")
if [[ ${#drills[@]} -eq 0 ]]; then drills=(db-outage kill-api); fi

bench_prepare
trap bench_cleanup EXIT

# Starts the drill's load in the background and waits until its load phase has begun (set-up done).
start_load() {
  local db=$1 fault=$2
  local started="$BENCH_OUT/$db.started"
  rm -f "$started"
  bench_drive drill --api http://127.0.0.1:5281 --mysql "$(bench_connection "$db")" --duration 40 --settle 120 \
    --ack-file "$BENCH_OUT/$db.acknowledged" --started-file "$started" --fault "$fault" --pids "$api" &
  driver=$!
  for _ in $(seq 1 240); do
    [[ -f $started ]] && return 0
    kill -0 "$driver" 2>/dev/null || { echo "The load driver exited early." >&2; return 1; }
    sleep 0.5
  done
  echo "The load did not start within two minutes." >&2
  return 1
}

for drill in "${drills[@]}"; do
  case $drill in
    db-outage)
      say "Drill: MariaDB stopped for 10 s during the load"
      bench_fresh_db drill_db
      bench_start_api 5281 drill_db; api=$LAST_PID
      start_load drill_db "MariaDB stopped 10 s into the load, started again 10 s later"
      sleep 10
      echo "$(date -u +%T) stopping MariaDB"
      mariadb_stop
      sleep 10
      echo "$(date -u +%T) starting MariaDB again"
      bench_start_mariadb
      wait "$driver"
      bench_stop_all ;;
    kill-api)
      say "Drill: the WebApi killed (SIGKILL) during the load and started again"
      bench_fresh_db drill_kill
      bench_start_api 5281 drill_kill; api=$LAST_PID
      start_load drill_kill "WebApi killed with SIGKILL 10 s into the load, started again 5 s later"
      sleep 10
      echo "$(date -u +%T) kill -9 $api"
      kill -9 "$api"
      sleep 5
      echo "$(date -u +%T) starting the WebApi again"
      bench_start_api 5281 drill_kill
      wait "$driver"
      bench_stop_all ;;
    *) echo "Unknown drill $drill" >&2; exit 2 ;;
  esac
done

say "Results in $BENCH_OUT/results.md"
cat "$BENCH_OUT/results.md"
