# Shared by the scripts that check the packaged jar against a throwaway Debian PostgreSQL
# (check-external-database.sh, backup-restore-check.sh): messages, a free port, the PostgreSQL binaries.
# Sourced after `set -euo pipefail`.

fail() { echo "FAILED: $*" >&2; exit 1; }
step() { echo "--> $*"; }
ok() { echo "    ok: $*"; }

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 30000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  fail "no free TCP port found"
}

# Sets PG_BIN to Debian's newest PostgreSQL binaries; fails unless run as root with the postgres user and every
# program named as an argument present there (initdb, pg_dump…).
require_postgres() {
  [ "$(id -u)" = 0 ] || fail "run as root (PostgreSQL is started as the postgres user with runuser)"
  id postgres >/dev/null 2>&1 || fail "no postgres user: install PostgreSQL with 'apt-get install -y postgresql'"
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "$PG_BIN" ] || fail "PostgreSQL binaries not found under /usr/lib/postgresql/*/bin: apt-get install -y postgresql"
  local program
  for program in "$@"; do
    [ -x "$PG_BIN/$program" ] || fail "$program not found in $PG_BIN: apt-get install -y postgresql"
  done
}
