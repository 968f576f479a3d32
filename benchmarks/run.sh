#!/usr/bin/env bash
# The figures of docs/benchmarks.md: benchmarks/run.sh [scenario ...]
#   scenarios: open-ticket assignment burst drain read two-instances webhook-latency feed-read desk-push (default: all)
#   desk-push        Chromium desks on the portal: assignedAt -> ticket shown on the desk, requests of an idle desk
#   webhook-latency  a receiver subscribed to every event while 4 customers open tickets (250 ms apart) and agents
#                    resolve for BENCH_DURATION: event commit -> received p50/p99, every event checked as delivered
#   feed-read        GET /api/events?limit=500 from position 0 to the end over BENCH_FEED_EVENTS (200000) events
# Starts a private MariaDB on 127.0.0.1 (Debian's mariadb-server, installed when missing and root), publishes the
# WebApi, the raw baseline and the load driver in Release, and runs each scenario on a database of its own against
# WebApi processes started as production would start them (`dotnet SupportDesk.WebApi.dll`, MySql, migrations at
# start). Results: benchmarks/results/<time>/results.{json,md} and the processes' logs beside them.
# Knobs: BENCH_DURATION (seconds per measured phase, 30), BENCH_MYSQL_PORT (3326), BENCH_WORK (/tmp/supportdesk-bench),
# BENCH_TICKETS_READ (1000000), BENCH_RESEED=1 (seed the read database again), BENCH_FEED_EVENTS (200000).
set -euo pipefail
cd "$(dirname "$0")/.."
source benchmarks/lib.sh

scenarios=("$@")
if [[ ${#scenarios[@]} -eq 0 ]]; then scenarios=(open-ticket assignment burst drain read two-instances webhook-latency feed-read desk-push); fi
duration=${BENCH_DURATION:-30}

bench_prepare
trap bench_cleanup EXIT

for scenario in "${scenarios[@]}"; do
  say "Scenario $scenario"
  case $scenario in
    open-ticket)
      bench_fresh_db bench_open
      bench_start_api 5281 bench_open; api=$LAST_PID
      bench_start_raw 5289 bench_open; raw=$LAST_PID
      bench_drive open-ticket --api "http://127.0.0.1:5281" --raw "http://127.0.0.1:5289" \
        --concurrency 16 --duration "$duration" --warmup 15 --pids "$api,$raw"
      bench_stop_all ;;
    assignment)
      bench_fresh_db bench_assign
      bench_start_api 5281 bench_assign; api=$LAST_PID
      bench_drive assignment --api "http://127.0.0.1:5281" --agents 20 --tickets 1000 --rate 20 --pids "$api"
      bench_stop_all ;;
    burst)
      bench_fresh_db bench_burst
      bench_start_api 5281 bench_burst; api=$LAST_PID
      bench_drive assignment --api "http://127.0.0.1:5281" --agents 50 --tickets 1000 --rate 0 --concurrency 32 --pids "$api"
      bench_stop_all ;;
    drain)
      bench_fresh_db bench_drain
      bench_start_api 5281 bench_drain; api=$LAST_PID
      bench_drive drain --api "http://127.0.0.1:5281" --tickets 5000 --agents 50 --pids "$api"
      bench_stop_all ;;
    read)
      bench_seeded_db bench_read "${BENCH_TICKETS_READ:-1000000}"
      bench_start_api 5281 bench_read; api=$LAST_PID
      bench_start_raw 5289 bench_read; raw=$LAST_PID
      bench_drive read --api "http://127.0.0.1:5281" --raw "http://127.0.0.1:5289" --mysql "$(bench_connection bench_read)" \
        --concurrency 8 --duration "$duration" --warmup 15 --pids "$api,$raw"
      bench_stop_all ;;
    two-instances)
      bench_fresh_db bench_two
      bench_start_api 5281 bench_two; first=$LAST_PID
      bench_start_api 5282 bench_two; second=$LAST_PID
      bench_drive two-instances --api "http://127.0.0.1:5281,http://127.0.0.1:5282" --mysql "$(bench_connection bench_two)" \
        --tickets 2000 --agents 10 --pids "$first,$second"
      bench_stop_all ;;
    webhook-latency)
      record="$BENCH_OUT/webhook-latency.receipts.jsonl"
      bench_fresh_db bench_hooks
      bench_start_webhook_api 5281 bench_hooks; api=$LAST_PID
      bench_subscribe http://127.0.0.1:5281 bench_hooks
      bench_start_receiver "$record"
      bench_drive drill --api "http://127.0.0.1:5281" --mysql "$(bench_connection bench_hooks)" --duration "$duration" \
        --concurrency 4 --pause-ms 250 --settle 120 --fault "none (the webhook latency run)" --pids "$api"
      bench_webhook_verify bench_hooks "$record" "webhook latency" "none: a moderate load, receiver answering at once"
      bench_stop_all ;;
    feed-read)
      bench_feed_db bench_feed "${BENCH_FEED_EVENTS:-200000}"
      bench_start_api 5281 bench_feed; api=$LAST_PID
      bench_drive feed --api "http://127.0.0.1:5281" --limit 500 --pids "$api"
      bench_stop_all ;;
    desk-push)
      # Chromium desks against the portal (Release) on this MariaDB: assignedAt -> the ticket on the desk, and what an
      # idle desk asks in a minute. Knobs: BENCH_DESKS (10), BENCH_DESK_TICKETS (200), BENCH_IDLE_SECONDS (60).
      SUPPORTDESK_TEST_MYSQL="Server=127.0.0.1;Port=$BENCH_MYSQL_PORT;User ID=bench;Password=bench" \
        dotnet test tests/AdminPortal.EndToEndTests -c Release --filter "TestCategory=Benchmark" \
        --logger "console;verbosity=detailed" >"$BENCH_OUT/logs/desk-push.log" 2>&1 || true
      { echo; echo "### desk-push"; echo
        grep -E '^ *(desk-push|assignedAt|idle desk)' "$BENCH_OUT/logs/desk-push.log" | sed 's/^ *//' | sort -u | sed 's/^/- /'
      } >>"$BENCH_OUT/results.md" ;;
    *) echo "Unknown scenario $scenario" >&2; exit 2 ;;
  esac
done

say "Results in $BENCH_OUT/results.md"
cat "$BENCH_OUT/results.md"
