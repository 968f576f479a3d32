# shellcheck shell=bash
# A private MariaDB on 127.0.0.1 for the tests and the benchmarks: sourced, not run.
#   mariadb_require                      install Debian's mariadb-server when missing (as root), or explain
#   mariadb_start DATADIR PORT [ARGS..]  initialise DATADIR once, start the server, wait until it answers
#   mariadb_stop                         stop it cleanly (what the fault drills use too)
#   mariadb_sql SQL                      run SQL as root over the socket
# After mariadb_start: MARIADB_PID, MARIADB_SOCKET, MARIADB_PORT.

mariadb_require() {
  if command -v mariadbd >/dev/null 2>&1 || [[ -x /usr/sbin/mariadbd ]]; then return 0; fi
  if [[ $(id -u) -eq 0 ]]; then
    echo "Installing Debian's mariadb-server"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mariadb-server >/dev/null
    return
  fi
  cat >&2 <<MSG
No MySQL-protocol server. Either install MariaDB (apt-get install mariadb-server, as root) or point the tests at a
server you have, with a user allowed to create databases:
  SUPPORTDESK_TEST_MYSQL="Server=127.0.0.1;Port=3306;User ID=me;Password=secret" make test
MSG
  return 1
}

mariadb_start() {
  local datadir=$1 port=$2
  shift 2
  local user_opt=()
  if [[ $(id -u) -eq 0 ]]; then user_opt=(--user=root); fi
  MARIADB_SOCKET="$datadir/mysqld.sock"
  MARIADB_PORT=$port
  if [[ ! -d $datadir/data/mysql ]]; then
    mkdir -p "$datadir"
    mariadb-install-db "${user_opt[@]}" --datadir="$datadir/data" --auth-root-authentication-method=normal \
      --skip-test-db >"$datadir/install.log" 2>&1 || { cat "$datadir/install.log" >&2; return 1; }
  fi
  "$(command -v mariadbd || echo /usr/sbin/mariadbd)" "${user_opt[@]}" --datadir="$datadir/data" --port="$port" \
    --bind-address=127.0.0.1 --socket="$MARIADB_SOCKET" --pid-file="$datadir/mysqld.pid" \
    --log-error="$datadir/error.log" --max-connections=1000 --skip-name-resolve "$@" &
  MARIADB_PID=$!
  for _ in $(seq 1 60); do
    if mariadb --socket="$MARIADB_SOCKET" -uroot -e 'SELECT 1' >/dev/null 2>&1; then return 0; fi
    if ! kill -0 "$MARIADB_PID" 2>/dev/null; then cat "$datadir/error.log" >&2; echo "MariaDB did not start." >&2; return 1; fi
    sleep 1
  done
  echo "MariaDB did not answer within a minute." >&2
  return 1
}

mariadb_stop() {
  if [[ -n ${MARIADB_PID:-} ]] && kill -0 "$MARIADB_PID" 2>/dev/null; then
    kill -TERM "$MARIADB_PID" 2>/dev/null || true
    wait "$MARIADB_PID" 2>/dev/null || true
  fi
  MARIADB_PID=""
}

mariadb_sql() {
  mariadb --socket="$MARIADB_SOCKET" -uroot -e "$1"
}
