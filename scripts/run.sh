#!/usr/bin/env bash
# `make run`: the WebApi on http://localhost:5080 and the AdminPortal on http://localhost:5090, on the embedded
# SQLite database under .data/, with demo data. Ctrl+C stops both.
set -euo pipefail
cd "$(dirname "$0")/.."

API_URL=${API_URL:-http://localhost:5080}
PORTAL_URL=${PORTAL_URL:-http://localhost:5090}
mkdir -p .data

export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
export Database__Provider=Sqlite
export ConnectionStrings__SupportDesk="Data Source=$PWD/.data/supportdesk.db"
export Assignment__SweepIntervalSeconds=${Assignment__SweepIntervalSeconds:-30}
# Customer email (ticket received, an agent is on it, resolved, sign-up codes) as .eml files to open in any mail program.
export Email__PickupDirectory=${Email__PickupDirectory:-$PWD/.data/mail}

echo "Building..."
dotnet build src/WebApi/SupportDesk.WebApi.csproj -nologo -v quiet
dotnet build src/AdminPortal/SupportDesk.AdminPortal.csproj -nologo -v quiet

pids=()
stop() {
  trap - INT TERM EXIT
  echo
  echo "Stopping..."
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop INT TERM EXIT

wait_for() {
  local url=$1 name=$2 pid=$3
  for _ in $(seq 1 180); do
    if curl -fs -o /dev/null "$url"; then return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then echo "$name exited; see the log above." >&2; exit 1; fi
    sleep 1
  done
  echo "$name did not answer at $url within 3 minutes." >&2
  exit 1
}

# The API migrates the database and seeds the demo data; the portal starts once that is done.
Database__MigrateOnStartup=true Seed__Demo=true \
  dotnet run --no-build --project src/WebApi --no-launch-profile --urls "$API_URL" &
pids+=($!)
wait_for "$API_URL/health/ready" "The API" "${pids[0]}"

Database__MigrateOnStartup=false Seed__Demo=false \
  dotnet run --no-build --project src/AdminPortal --no-launch-profile --urls "$PORTAL_URL" &
pids+=($!)
wait_for "$PORTAL_URL/health/live" "The portal" "${pids[1]}"

cat <<INFO

  SupportDesk is running (Ctrl+C stops both).

  Portal (agents, managers):  $PORTAL_URL
  API:                        $API_URL
  API reference (OpenAPI UI): $API_URL/scalar
  OpenAPI document:           $API_URL/openapi/v1.json

  Demo sign-ins, all with the password SupportDesk-Demo-1:
    manager@demo.local                         portal: dashboard, agents, tickets, customers, webhooks
    agent1@demo.local .. agent3@demo.local     portal: the agent's desk
    customer1@demo.local .. customer3@demo.local   API: POST $API_URL/api/auth/token

  Customer emails (and sign-up confirmation codes) land in $Email__PickupDirectory/*.eml

INFO
wait -n "${pids[@]}"
