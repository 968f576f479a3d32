#!/usr/bin/env bash
# `make test`: builds once, runs every test project, and prints "N passed, N failed[, N skipped]" as its last line.
#
# The integration, API and portal suites need a MySQL-protocol server: SUPPORTDESK_TEST_MYSQL names one (a
# connection string without a database; the user must be able to create databases). Without it, this script
# starts a private MariaDB on 127.0.0.1 (installing Debian's mariadb-server when missing and running as root) and
# stops it at the end. The portal suite drives Debian's Chromium (/usr/bin/chromium), installed the same way.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
results="$root/TestResults"
rm -rf "$results"
mkdir -p "$results"

say() { printf '\n== %s\n' "$*"; }
is_root() { [[ $(id -u) -eq 0 ]]; }
apt_updated=false
apt_install() {
  if ! $apt_updated; then apt-get update -qq; apt_updated=true; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# --- Chromium for the portal suite -------------------------------------------------------------------------
if [[ ! -x /usr/bin/chromium ]]; then
  if is_root; then
    say "Installing Debian's chromium (portal end-to-end suite)"
    apt_install chromium || { echo "Could not install chromium." >&2; exit 1; }
  else
    echo "warning: /usr/bin/chromium is missing and this is not root: install the 'chromium' package, or the portal suite fails." >&2
  fi
fi

# --- Node.js for the typed-client check (openapi-typescript + tsc, tests/WebApi.FunctionalTests/Client) --------------
if ! command -v npm >/dev/null 2>&1; then
  if is_root; then
    say "Installing Debian's nodejs and npm (the TypeScript client check)"
    apt_install nodejs npm || { echo "Could not install nodejs and npm." >&2; exit 1; }
  else
    echo "warning: npm is missing and this is not root: install the 'nodejs' and 'npm' packages, or the TypeScript client check fails." >&2
  fi
fi

# --- MariaDB ----------------------------------------------------------------------------------------------
source scripts/lib/mariadb.sh
trap mariadb_stop EXIT

if [[ -z ${SUPPORTDESK_TEST_MYSQL:-} ]]; then
  port=${SUPPORTDESK_TEST_MYSQL_PORT:-3316}
  mariadb_require || exit 1
  datadir=$(mktemp -d /tmp/supportdesk-test-mariadb.XXXXXX)
  say "Starting a private MariaDB on 127.0.0.1:$port"
  mariadb_start "$datadir" "$port" --innodb-buffer-pool-size=256M --innodb-flush-log-at-trx-commit=2 || exit 1
  password="test-$(date +%s%N | sha256sum | head -c 16)"
  mariadb_sql "CREATE USER 'supportdesk_test'@'127.0.0.1' IDENTIFIED BY '$password';
    GRANT ALL PRIVILEGES ON *.* TO 'supportdesk_test'@'127.0.0.1';
    ALTER USER 'root'@'localhost' IDENTIFIED BY '$password';" || { echo "Could not create the test user." >&2; exit 1; }
  export SUPPORTDESK_TEST_MYSQL="Server=127.0.0.1;Port=$port;User ID=supportdesk_test;Password=$password"
else
  say "Using the MySQL server of SUPPORTDESK_TEST_MYSQL"
fi

# --- Build once, run every suite ----------------------------------------------------------------------------
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
say "Building"
if ! dotnet build SupportDesk.sln -c Release -nologo -v minimal; then
  echo "Build failed."
  echo "0 passed, 1 failed"
  exit 1
fi

failed_runs=0
projects=$(dotnet sln SupportDesk.sln list | grep -E '^tests/.*\.csproj$' || true)
for project in $projects; do
  name=$(basename "$project" .csproj)
  say "Testing $name"
  if ! dotnet test "$project" -c Release --no-build --nologo \
      --results-directory "$results/$name" --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=normal"; then
    failed_runs=$((failed_runs + 1))
  fi
done

# --- Sum every suite's counters ----------------------------------------------------------------------------
read -r passed failed skipped suites < <(python3 - "$results" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
passed = failed = skipped = suites = 0
for path in glob.glob(sys.argv[1] + "/**/*.trx", recursive=True):
    counters = ET.parse(path).getroot().find(".//{*}ResultSummary/{*}Counters")
    if counters is None:
        continue
    suites += 1
    get = lambda name: int(counters.get(name, 0))
    passed += get("passed")
    failed += get("failed") + get("error") + get("timeout") + get("aborted")
    skipped += get("total") - get("executed")
print(passed, failed, skipped, suites)
PY
)
expected=$(echo "$projects" | grep -c . || true)
if [[ $suites -lt $expected ]]; then
  # A suite that crashed before writing its results counts as a failure.
  failed=$((failed + expected - suites))
fi
if [[ $failed -eq 0 && $failed_runs -gt 0 ]]; then failed=$failed_runs; fi
if [[ $((passed + failed)) -eq 0 ]]; then failed=1; fi

# Name every failed test (with its message's first line) right above the summary, where a log's tail shows it.
python3 - "$results" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
for path in sorted(glob.glob(sys.argv[1] + "/**/*.trx", recursive=True)):
    for result in ET.parse(path).getroot().iterfind(".//{*}UnitTestResult"):
        if result.get("outcome") not in ("Failed", "Error", "Timeout", "Aborted"):
            continue
        message = result.find(".//{*}ErrorInfo/{*}Message")
        first = (message.text or "").strip().splitlines()[0][:300] if message is not None and message.text else ""
        print(f"FAILED {result.get('testName')}: {first}")
PY
summary="$passed passed, $failed failed"
if [[ $skipped -gt 0 ]]; then summary="$summary, $skipped skipped"; fi
echo
echo "$summary"
[[ $failed -eq 0 ]]
