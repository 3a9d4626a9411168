# Sourced by ./run-tests: the real services the integration tests use. Starts a throwaway PostgreSQL cluster
# (exporting SITREP_TEST_PG_URL) and makes sure Debian's Chromium and chromedriver are installed, installing
# Debian's packages first when they are missing and we may (root + apt-get).

# Installs Debian packages when we are root and have apt-get; otherwise says what is missing.
sitrep_apt_install() {
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "run-tests: installing $* (Debian packages) for the integration tests..." >&2
    if [ -z "${SITREP_APT_UPDATED:-}" ]; then
      DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 || true
      SITREP_APT_UPDATED=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >&2 || true
  else
    echo "run-tests: missing $*; install them to run every integration test" >&2
  fi
}

# Debian's Chromium and its driver, for the browser tests of the web app.
sitrep_ensure_chromium() {
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    sitrep_apt_install chromium chromium-driver
  fi
}

sitrep_pg_bindir() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

sitrep_start_test_postgres() {
  local bindir
  bindir=$(sitrep_pg_bindir)
  if [ -z "$bindir" ]; then
    sitrep_apt_install postgresql
    bindir=$(sitrep_pg_bindir)
  fi
  if [ -z "$bindir" ]; then
    echo "run-tests: no PostgreSQL server found; the PostgreSQL integration tests will be skipped" >&2
    return 0
  fi

  SITREP_PG_DIR=$(mktemp -d /tmp/sitrep-pg.XXXXXX)
  local run=()
  if [ "$(id -u)" = 0 ]; then
    # PostgreSQL refuses to run as root; its package creates the postgres user.
    chown postgres "$SITREP_PG_DIR"
    run=(runuser -u postgres --)
  fi
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 20000))
    (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null || break
  done
  "${run[@]}" "$bindir/initdb" -D "$SITREP_PG_DIR/data" -U sitrep --auth=trust -E UTF8 --no-locale >/dev/null \
    || { echo "run-tests: initdb failed" >&2; return 1; }
  "${run[@]}" "$bindir/pg_ctl" -D "$SITREP_PG_DIR/data" -l "$SITREP_PG_DIR/server.log" -w \
    -o "-p $port -k $SITREP_PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off" start >/dev/null \
    || { echo "run-tests: PostgreSQL did not start; see $SITREP_PG_DIR/server.log" >&2; cat "$SITREP_PG_DIR/server.log" >&2; return 1; }
  "$bindir/psql" -q -h 127.0.0.1 -p "$port" -U sitrep -d postgres -c "CREATE DATABASE sitrep_test" >/dev/null \
    || { echo "run-tests: cannot create the test database" >&2; return 1; }
  export SITREP_TEST_PG_URL="jdbc:postgresql://127.0.0.1:$port/sitrep_test?user=sitrep"
  SITREP_PG_STOP=("${run[@]}" "$bindir/pg_ctl" -D "$SITREP_PG_DIR/data" -m fast stop)
  echo "run-tests: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port" >&2
}

sitrep_stop_test_postgres() {
  if [ -n "${SITREP_PG_DIR:-}" ]; then
    "${SITREP_PG_STOP[@]}" >/dev/null 2>&1 || true
    rm -rf "$SITREP_PG_DIR"
  fi
}
