# shellcheck shell=bash
# Shared by benchmarks/run.sh and benchmarks/drills.sh (sourced from the repository root): a private MariaDB, the
# published applications, and WebApi processes started and stopped on demand.
source scripts/lib/mariadb.sh

BENCH_WORK=${BENCH_WORK:-/tmp/supportdesk-bench}
BENCH_OUT=${BENCH_OUT:-$PWD/benchmarks/results/$(date -u +%Y%m%d-%H%M%S)}
BENCH_MYSQL_PORT=${BENCH_MYSQL_PORT:-3326}
BENCH_MANAGER_EMAIL=manager@bench.test
BENCH_MANAGER_PASSWORD=Bench-Manager-1
BENCH_PIDS=()

say() { printf '\n== %s\n' "$*"; }

bench_connection() {
  echo "Server=127.0.0.1;Port=$BENCH_MYSQL_PORT;Database=$1;User ID=bench;Password=bench;Maximum Pool Size=200"
}

# The server as production would run it: durable commits (innodb_flush_log_at_trx_commit=1, the default), a buffer
# pool that holds the million-ticket database.
bench_start_mariadb() {
  mariadb_start "$BENCH_WORK/mariadb" "$BENCH_MYSQL_PORT" --innodb-buffer-pool-size=2G --innodb-log-file-size=512M
}

bench_prepare() {
  mkdir -p "$BENCH_WORK" "$BENCH_OUT/logs"
  mariadb_require
  say "MariaDB on 127.0.0.1:$BENCH_MYSQL_PORT ($BENCH_WORK/mariadb)"
  bench_start_mariadb
  mariadb_sql "CREATE USER IF NOT EXISTS 'bench'@'127.0.0.1' IDENTIFIED BY 'bench'; GRANT ALL ON *.* TO 'bench'@'127.0.0.1';"
  say "Publishing the WebApi, the raw baseline and the load driver (Release)"
  local project
  for project in src/WebApi/SupportDesk.WebApi.csproj benchmarks/SupportDesk.RawBaseline/SupportDesk.RawBaseline.csproj \
      benchmarks/SupportDesk.LoadDriver/SupportDesk.LoadDriver.csproj; do
    dotnet publish "$project" -c Release -nologo -v quiet -o "$BENCH_WORK/$(basename "$project" .csproj)" >/dev/null
  done
  {
    echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
    echo "dotnet: $(dotnet --version); MariaDB: $(mariadb --version | awk '{print $5}' | tr -d ,)"
    echo "git: $(git rev-parse --short HEAD)$(git diff --quiet || echo ' (with local changes)')"
  } | tee "$BENCH_OUT/machine.txt"
}

bench_cleanup() {
  bench_stop_all
  mariadb_stop
}

bench_fresh_db() {
  mariadb_sql "DROP DATABASE IF EXISTS \`$1\`; CREATE DATABASE \`$1\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
}

# Starts a published app (APP: SupportDesk.WebApi or SupportDesk.RawBaseline) from its own folder, so that it reads
# its appsettings.json, on 127.0.0.1:PORT with the environment given before the call; waits for READY_PATH.
# Sets LAST_PID.
bench_launch() {
  local app=$1 port=$2 log=$3 ready_path=$4
  bash -c 'cd "$1" && exec dotnet "$2.dll" --urls "$3"' _ "$BENCH_WORK/$app" "$app" "http://127.0.0.1:$port" \
    >>"$BENCH_OUT/logs/$log-$port.log" 2>&1 &
  LAST_PID=$!
  BENCH_PIDS+=("$LAST_PID")
  bench_wait_ready "http://127.0.0.1:$port$ready_path" "$LAST_PID"
}

# A WebApi process on database DB, configured only with DESIGN.md's keys (plus permissive rate limits, documented in
# README: the driver signs in hundreds of accounts from one address and reads as one manager thousands of times a
# second, far beyond what a desk's people do).
bench_start_api() {
  local port=$1 db=$2
  ASPNETCORE_ENVIRONMENT=Production Database__Provider=MySql ConnectionStrings__SupportDesk="$(bench_connection "$db")" \
  Database__MigrateOnStartup=true \
  Bootstrap__ManagerEmail=$BENCH_MANAGER_EMAIL Bootstrap__ManagerPassword=$BENCH_MANAGER_PASSWORD \
  Jwt__SigningKey=benchmark-signing-key-of-forty-eight-characters-x RateLimiting__AuthPermitsPerMinute=1000000 \
  RateLimiting__AnonymousPermitsPerMinute=100000000 RateLimiting__CustomerPermitsPerMinute=100000000 \
  RateLimiting__AgentPermitsPerMinute=100000000 RateLimiting__ManagerPermitsPerMinute=100000000 \
  RateLimiting__IntegrationPermitsPerMinute=100000000 SignInThrottling__PerAddress=100000 SignInThrottling__PerAccount=1000000 \
  Email__PickupDirectory="$BENCH_WORK/mail" \
    bench_launch SupportDesk.WebApi "$port" api /health/ready
}

bench_start_raw() {
  local port=$1 db=$2
  ConnectionStrings__SupportDesk="$(bench_connection "$db")" bench_launch SupportDesk.RawBaseline "$port" raw "/raw/tickets?pageSize=1"
}

bench_wait_ready() {
  local url=$1 pid=$2
  # Something else answering on the port would be measured instead: refuse.
  sleep 0.5
  if ! kill -0 "$pid" 2>/dev/null; then echo "The process for $url exited at once (port taken?); see $BENCH_OUT/logs." >&2; return 1; fi
  for _ in $(seq 1 120); do
    if curl -fs -o /dev/null "$url"; then return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then echo "The process for $url exited; see $BENCH_OUT/logs." >&2; return 1; fi
    sleep 0.5
  done
  echo "$url did not answer within a minute." >&2
  return 1
}

bench_stop_all() {
  local pid
  for pid in "${BENCH_PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${BENCH_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  BENCH_PIDS=()
}

bench_drive() {
  local scenario=$1
  shift
  BENCH_MAIL_DIR="$BENCH_WORK/mail" dotnet "$BENCH_WORK/SupportDesk.LoadDriver/SupportDesk.LoadDriver.dll" "$scenario" \
    --manager-email "$BENCH_MANAGER_EMAIL" --manager-password "$BENCH_MANAGER_PASSWORD" --out "$BENCH_OUT" "$@"
}

# The read database: migrated by a WebApi start, then filled by the bulk seeder; kept between runs (it takes minutes
# to fill) unless BENCH_RESEED=1 or it holds fewer tickets than asked.
bench_seeded_db() {
  local db=$1 tickets=$2 have
  have=$(mariadb --socket="$MARIADB_SOCKET" -uroot -N -e "SELECT COUNT(*) FROM \`$db\`.Tickets" 2>/dev/null || echo 0)
  if [[ ${BENCH_RESEED:-0} == 1 || $have -lt $tickets ]]; then
    bench_fresh_db "$db"
    bench_start_api 5281 "$db"
    bench_stop_all
    say "Seeding $tickets tickets into $db"
    bench_drive seed --mysql "$(bench_connection "$db")" --tickets "$tickets"
  else
    echo "$db already holds $have tickets (BENCH_RESEED=1 to seed again)"
  fi
}

# --- Webhooks: a receiver (the load driver's receiver mode), a subscription to it, and the check at the end. ---
BENCH_RECEIVER_PORT=${BENCH_RECEIVER_PORT:-5290}

# A WebApi process that may deliver to the receiver on 127.0.0.1 (Webhooks:AllowPrivateNetworks) and sends up to
# BENCH_WEBHOOK_PARALLEL attempts at once (Webhooks:MaxParallelDeliveries, 8 by default). Sets LAST_PID.
bench_start_webhook_api() {
  Webhooks__AllowPrivateNetworks=true Webhooks__MaxParallelDeliveries=${BENCH_WEBHOOK_PARALLEL:-8} bench_start_api "$@"
}

# Subscribes the receiver to every event type through API (a base URL), as the bench manager, on database DB.
# Sets WEBHOOK_ID, WEBHOOK_SECRET and WEBHOOK_AFTER (the feed's last position once the subscription exists: the
# events after it are the ones the receiver must get).
bench_subscribe() {
  local api=$1 db=$2 token created
  token=$(curl -fsS -X POST "$api/api/auth/token" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$BENCH_MANAGER_EMAIL\",\"password\":\"$BENCH_MANAGER_PASSWORD\"}" | jq -r .accessToken)
  created=$(curl -fsS -X POST "$api/api/webhooks" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d "{\"url\":\"http://127.0.0.1:$BENCH_RECEIVER_PORT/hooks\",\"events\":[\"*\"],\"description\":\"benchmark receiver\"}")
  WEBHOOK_ID=$(jq -r .id <<<"$created")
  WEBHOOK_SECRET=$(jq -r .secret <<<"$created")
  # Events committed before the subscription may still be sequenced (and so delivered) after it: let them settle.
  sleep 3
  WEBHOOK_AFTER=$(mariadb --socket="$MARIADB_SOCKET" -uroot -N -e "SELECT COALESCE(MAX(Position), 0) FROM \`$db\`.IntegrationEvents")
  echo "subscription $WEBHOOK_ID; the receiver must get every event after position $WEBHOOK_AFTER"
}

# The receiver on BENCH_RECEIVER_PORT, appending to RECORD, answering after DELAY_MS plus up to JITTER_MS.
# Sets RECEIVER_PID.
bench_start_receiver() {
  local record=$1 delay=${2:-0} jitter=${3:-0}
  dotnet "$BENCH_WORK/SupportDesk.LoadDriver/SupportDesk.LoadDriver.dll" receiver --listen "http://127.0.0.1:$BENCH_RECEIVER_PORT/" \
    --secret "$WEBHOOK_SECRET" --record "$record" --delay-ms "$delay" --jitter-ms "$jitter" \
    >>"$BENCH_OUT/logs/receiver-$BENCH_RECEIVER_PORT.log" 2>&1 &
  RECEIVER_PID=$!
  BENCH_PIDS+=("$RECEIVER_PID")
  bench_wait_ready "http://127.0.0.1:$BENCH_RECEIVER_PORT/" "$RECEIVER_PID"
}

bench_stop_receiver() {
  kill -TERM "$RECEIVER_PID" 2>/dev/null || true
  wait "$RECEIVER_PID" 2>/dev/null || true
}

# Waits until no delivery is pending (15 minutes at most), then checks RECORD against the outbox of DB; prints the
# counts and appends them to results.md. Fails on any lost, out-of-order or badly signed event.
bench_webhook_verify() {
  local db=$1 record=$2 name=$3 fault=$4
  bench_drive webhook-verify --mysql "$(bench_connection "$db")" --subscription "$WEBHOOK_ID" --record "$record" \
    --after-position "$WEBHOOK_AFTER" --settle "${BENCH_WEBHOOK_SETTLE:-900}" --name "$name" --fault "$fault"
}

# The feed database: real events from a short full-speed load, then copied (new ids, positions after the last) until
# it holds EVENTS positioned events; kept between runs unless BENCH_RESEED=1 or it holds fewer.
bench_feed_db() {
  local db=$1 events=$2 have
  _feed_sql() { mariadb --socket="$MARIADB_SOCKET" -uroot -N "$db" -e "$1"; }
  have=$(_feed_sql "SELECT COUNT(*) FROM IntegrationEvents WHERE Position IS NOT NULL" 2>/dev/null || echo 0)
  if [[ ${BENCH_RESEED:-0} == 1 || $have -lt $events ]]; then
    bench_fresh_db "$db"
    bench_start_api 5281 "$db"
    say "Events for the feed: 20 s of tickets opened and resolved, then copied up to $events events"
    bench_drive drill --api "http://127.0.0.1:5281" --mysql "$(bench_connection "$db")" --duration 20 --settle 60 \
      --fault "none (filling the feed database)" --out "$BENCH_WORK/feed-fill" >/dev/null
    bench_stop_all
    while (( $(_feed_sql "SELECT COUNT(*) FROM IntegrationEvents WHERE Position IS NOT NULL") < events )); do
      _feed_sql "SET @last = (SELECT MAX(Position) FROM IntegrationEvents);
           INSERT INTO IntegrationEvents (EventId, Type, Subject, Data, OccurredAt, Position)
           SELECT CONCAT('evt_', REPLACE(UUID(), '-', '')), Type, Subject, Data, OccurredAt, Position + @last
           FROM IntegrationEvents WHERE Position IS NOT NULL AND SubscriptionId IS NULL ORDER BY Position
           LIMIT $events;
           UPDATE EventSequence SET LastPosition = (SELECT MAX(Position) FROM IntegrationEvents);"
    done
  fi
  echo "$db holds $(_feed_sql "SELECT COUNT(*) FROM IntegrationEvents WHERE Position IS NOT NULL") positioned events"
}
