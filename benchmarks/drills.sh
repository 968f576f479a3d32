#!/usr/bin/env bash
# Fault drills of docs/benchmarks.md: benchmarks/drills.sh [drill ...]   (default: all of them)
#   db-outage  customers open tickets at full speed while agents resolve; 10 s into the load MariaDB is stopped,
#              10 s later it is started again. Requests meanwhile must get 503 problems; the API must recover by
#              itself; every ticket that got a 201 must be in the database and get assigned and resolved.
#   kill-api   the same load; 10 s in, the WebApi process is killed with SIGKILL and started again 5 s later.
#              No acknowledged ticket may be lost, and the tickets waiting at the crash must be assigned after it.
#   webhook-receiver-down  customers open tickets (4, a pause of 250 ms between two) for 180 s while agents resolve,
#              a receiver subscribed to every event; 20 s in the receiver is stopped, 2 minutes later started again.
#   webhook-kill-api       the receiver answers in 1-2 s, so attempts are in flight; 30 s into a 60 s load the WebApi
#              is killed with SIGKILL and started again 5 s later (the killed attempts are retried once their lease
#              of Webhooks:TimeoutSeconds + 30 s runs out).
#   webhook-two-apis       two WebApi processes on one database, customers and agents spread over both, both sending
#              deliveries (the receiver answers in 0.2-0.5 s) for 60 s.
#   email-kill-api         600 customer emails queued in the outbox, sent to a local SMTP receiver
#              (benchmarks/smtp_receiver.py, 15 ms per message); once 150 have arrived the WebApi is killed with
#              SIGKILL and started again 5 s later. Then it waits until no email is pending and checks the outbox against
#              the receiver (benchmarks/email_verify.py): none lost, no email received twice, every Sent email received
#              once; the emails the kill caught mid-transmission are Uncertain (reported, with whether they arrived).
#   Each webhook drill ends by waiting until no delivery is pending, then checks the receiver's record against the
#   outbox (the load driver's webhook-verify): every event delivered at least once with a valid signature, repeats
#   only under the same webhook-id, per ticket the order of the positions; it prints the counts and fails otherwise.
# Everything on 127.0.0.1, with the same private MariaDB and published WebApi as benchmarks/run.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
source benchmarks/lib.sh

drills=("$@")
if [[ ${#drills[@]} -eq 0 ]]; then drills=(db-outage kill-api webhook-receiver-down webhook-kill-api webhook-two-apis email-kill-api); fi
failed=0

bench_prepare
trap bench_cleanup EXIT

# Starts the drill's load in the background and waits until its load phase has begun (set-up done). Options after
# the first two replace the defaults (the driver keeps the last value of an option).
start_load() {
  local db=$1 fault=$2
  shift 2
  local started="$BENCH_OUT/$db.started"
  rm -f "$started"
  bench_drive drill --api http://127.0.0.1:5281 --mysql "$(bench_connection "$db")" --duration 40 --settle 120 \
    --ack-file "$BENCH_OUT/$db.acknowledged" --started-file "$started" --fault "$fault" --pids "$api" "$@" &
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
    webhook-receiver-down)
      say "Drill: the webhook receiver down for 2 minutes under load, then back"
      record="$BENCH_OUT/webhook-receiver-down.receipts.jsonl"
      fault="receiver stopped 20 s into a 180 s load, started again 120 s later"
      bench_fresh_db drill_wh_down
      bench_start_webhook_api 5281 drill_wh_down; api=$LAST_PID
      bench_subscribe http://127.0.0.1:5281 drill_wh_down
      bench_start_receiver "$record"
      start_load drill_wh_down "$fault" --duration 180 --concurrency 4 --pause-ms 250 --settle 300
      sleep 20
      echo "$(date -u +%T) stopping the receiver"
      bench_stop_receiver
      sleep 120
      echo "$(date -u +%T) starting the receiver again"
      bench_start_receiver "$record"
      wait "$driver"
      bench_webhook_verify drill_wh_down "$record" "webhook drill: receiver down" "$fault" || failed=1
      bench_stop_all ;;
    webhook-kill-api)
      say "Drill: the WebApi killed (SIGKILL) while webhook attempts are in flight, started again"
      record="$BENCH_OUT/webhook-kill-api.receipts.jsonl"
      bench_fresh_db drill_wh_kill
      BENCH_WEBHOOK_PARALLEL=16 bench_start_webhook_api 5281 drill_wh_kill; api=$LAST_PID
      bench_subscribe http://127.0.0.1:5281 drill_wh_kill
      bench_start_receiver "$record" 1000 1000
      start_load drill_wh_kill "WebApi killed with SIGKILL during deliveries" --duration 60 --concurrency 3 --pause-ms 400 --settle 300
      sleep 30
      in_flight=$(mariadb --socket="$MARIADB_SOCKET" -uroot -N -e \
        "SELECT COUNT(*) FROM drill_wh_kill.WebhookDeliveries WHERE Status = 'Pending' AND LeaseUntil > UTC_TIMESTAMP(6)")
      echo "$(date -u +%T) kill -9 $api (deliveries leased, their attempts in flight: $in_flight)"
      kill -9 "$api"
      sleep 5
      echo "$(date -u +%T) starting the WebApi again"
      BENCH_WEBHOOK_PARALLEL=16 bench_start_webhook_api 5281 drill_wh_kill
      wait "$driver"
      bench_webhook_verify drill_wh_kill "$record" "webhook drill: WebApi killed" \
        "WebApi killed with SIGKILL 30 s into a 60 s load (attempts in flight: $in_flight; the receiver answers in 1-2 s), started again 5 s later" || failed=1
      bench_stop_all ;;
    webhook-two-apis)
      say "Drill: two WebApi processes delivering webhooks at once"
      record="$BENCH_OUT/webhook-two-apis.receipts.jsonl"
      bench_fresh_db drill_wh_two
      bench_start_webhook_api 5281 drill_wh_two; first=$LAST_PID
      bench_start_webhook_api 5282 drill_wh_two; second=$LAST_PID
      bench_subscribe http://127.0.0.1:5281 drill_wh_two
      bench_start_receiver "$record" 200 300
      api=$first
      start_load drill_wh_two "two WebApi processes" --api http://127.0.0.1:5281,http://127.0.0.1:5282 --pids "$first,$second" \
        --duration 60 --concurrency 4 --pause-ms 250 --settle 300
      # Which processes hold leases, sampled while the load runs: both must be sending.
      owners="$BENCH_OUT/webhook-two-apis.lease-owners"
      : >"$owners"
      while kill -0 "$driver" 2>/dev/null; do
        mariadb --socket="$MARIADB_SOCKET" -uroot -N -e \
          "SELECT DISTINCT LeaseOwner FROM drill_wh_two.WebhookDeliveries WHERE LeaseOwner IS NOT NULL" >>"$owners" 2>/dev/null || true
        sleep 1
      done
      wait "$driver"
      senders=$(sort -u "$owners" | grep -c . || true)
      echo "processes seen holding delivery leases: $senders"
      bench_webhook_verify drill_wh_two "$record" "webhook drill: two WebApi processes" \
        "two WebApi processes on one database deliver at once ($senders processes seen holding leases)" || failed=1
      if [[ $senders -lt 2 ]]; then echo "Only $senders process(es) delivered." >&2; failed=1; fi
      bench_stop_all ;;
    email-kill-api)
      say "Drill: the WebApi killed (SIGKILL) while it sends emails, started again"
      record="$BENCH_OUT/email-kill-api.received"
      : >"$record"
      smtp_port=${BENCH_SMTP_PORT:-2526}
      python3 benchmarks/smtp_receiver.py "$smtp_port" "$record" 15 >>"$BENCH_OUT/logs/smtp-$smtp_port.log" 2>&1 &
      BENCH_PIDS+=("$!")
      bench_fresh_db drill_mail
      start_mail_api() {
        Email__Smtp__Host=127.0.0.1 Email__Smtp__Port=$smtp_port Email__Smtp__Security=None Email__TimeoutSeconds=5 \
          Webhooks__SweepIntervalSeconds=1 bench_start_api 5281 drill_mail
      }
      start_mail_api; api=$LAST_PID
      # Queued as the outbox writes them (one transaction); the sweep hands them to the sender within a second.
      mariadb --socket="$MARIADB_SOCKET" -uroot -e "INSERT INTO drill_mail.OutboundEmails
        (Id, \`Key\`, Kind, ToAddress, ToName, Subject, TextBody, HtmlBody, Status, Attempts, CreatedAt, NextAttemptAt)
        SELECT UUID(), CONCAT('drill:', seq), 'already-registered', CONCAT('drill', seq, '@bench.test'), CONCAT('Drill Customer ', seq),
          'You already have a SupportDesk account', 'Hello', '<p>Hello</p>', 'Pending', 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)
        FROM drill_mail.seq_1_to_600"
      started=$(date +%s.%N)
      for _ in $(seq 1 600); do [[ $(wc -l <"$record") -ge 150 ]] && break; sleep 0.1; done
      before_kill=$(wc -l <"$record")
      transmitting=$(mariadb --socket="$MARIADB_SOCKET" -uroot -N -e \
        "SELECT COUNT(*) FROM drill_mail.OutboundEmails WHERE Status = 'Transmitting'")
      echo "$(date -u +%T) kill -9 $api ($before_kill emails received, $transmitting transmitting)"
      kill -9 "$api"
      sleep 5
      echo "$(date -u +%T) starting the WebApi again"
      start_mail_api
      for _ in $(seq 1 300); do
        pending=$(mariadb --socket="$MARIADB_SOCKET" -uroot -N -e \
          "SELECT COUNT(*) FROM drill_mail.OutboundEmails WHERE Status IN ('Pending', 'Transmitting')")
        [[ $pending -eq 0 ]] && break
        sleep 1
      done
      elapsed=$(echo "$(date +%s.%N) - $started" | bc)
      mariadb --socket="$MARIADB_SOCKET" -uroot -N -e "SELECT Id, Status FROM drill_mail.OutboundEmails" >"$BENCH_OUT/email-kill-api.rows"
      {
        echo "## email drill: WebApi killed while sending"
        echo "600 emails queued; SMTP receiver 15 ms per message; SIGKILL after $before_kill had arrived ($transmitting transmitting), started again 5 s later; all settled in ${elapsed%.*} s"
        echo '```'
        python3 benchmarks/email_verify.py "$BENCH_OUT/email-kill-api.rows" "$record" || echo "verification failed"
        echo '```'
      } | tee "$BENCH_OUT/email-kill-api.md"
      cat "$BENCH_OUT/email-kill-api.md" >>"$BENCH_OUT/results.md"
      grep -q '^PASS$' "$BENCH_OUT/email-kill-api.md" || failed=1
      bench_stop_all ;;
    *) echo "Unknown drill $drill" >&2; exit 2 ;;
  esac
done

say "Results in $BENCH_OUT/results.md"
cat "$BENCH_OUT/results.md"
exit "$failed"
