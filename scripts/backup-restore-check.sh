#!/usr/bin/env bash
# Proves that a backup of a running Sankofa can be restored and used, as docs/operations.md ("Backups and restore")
# tells an operator to do it:
#   1. a throwaway PostgreSQL "source" runs the packaged application (demo world, real keys: encryption, blind index,
#      audit key, checkpoint file; a checkpoint every 10 s), until it has exported a checkpoint of its audit chain;
#   2. a sample of cases is read through the API as a case worker (decrypted names, contacts, narratives);
#   3. the checkpoints exported so far are copied, then pg_dump --format=custom of the running instance; then the
#      application and the source server are stopped;
#   4. the dump is restored with pg_restore into a second, freshly initialised PostgreSQL ("restored");
#   5. the audit chain of the restored database is verified with the application's command
#      (--sankofa.audit.verify), with the same keys and the checkpoints exported before the backup (those exported
#      after it name entries the backup cannot hold): exit 0;
#   6. the application is started on the restored database (demo mode off, as in production) and the same cases are
#      read through the API: identical, field for field; a name search still finds the first one;
#   7. everything is stopped and removed.
# Uses Debian's PostgreSQL (package `postgresql`, /usr/lib/postgresql/*/bin): the server and pg_dump must be of the
# same major version (pg_dump refuses a newer server, such as the embedded PostgreSQL 17 with Debian 12's pg_dump 15).
# Needs root (PostgreSQL runs as the postgres user) and target/sankofa-*.jar (SANKOFA_JAR names another jar).
# Exits non-zero with a message on the first failed check. Run by .ci/run.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)

# shellcheck source=scripts/lib.sh
. "$ROOT/scripts/lib.sh"
require_postgres initdb pg_dump pg_restore
JAR=${SANKOFA_JAR:-$(ls "$ROOT"/target/sankofa-*.jar 2>/dev/null | grep -v -- '-plain\.jar$' | head -n 1 || true)}
[ -n "$JAR" ] || fail "no target/sankofa-*.jar: build it first with ./mvnw -B verify"

WORK=$(mktemp -d /tmp/sankofa-backup-restore.XXXXXX)
chmod 755 "$WORK"
APP_PID=""
STARTED_CLUSTERS=()
stop_app() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
    kill -9 "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=""
}
stop_cluster() {
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$WORK/$1/pgdata" -m fast -w stop >/dev/null 2>&1 || true
}
cleanup() {
  local status=$?
  stop_app
  for cluster in "${STARTED_CLUSTERS[@]}"; do stop_cluster "$cluster"; done
  if [ "$status" != 0 ]; then
    for log in "$WORK"/app-*.log "$WORK"/*/postgres.log "$WORK"/restore.log; do
      [ -f "$log" ] || continue
      echo "--- last lines of $(basename "$(dirname "$log")")/$(basename "$log") ---" >&2
      tail -n 40 "$log" >&2 || true
    done
  fi
  rm -rf "$WORK"
  exit "$status"
}
trap cleanup EXIT

key() { head -c 32 /dev/urandom | base64; }
# The same secrets for the source and the restored instance: a backup is only readable with its keys.
ENCRYPTION_KEY=$(key)
INDEX_KEY=$(key)
AUDIT_KEY=$(key)
CHECKPOINTS="$WORK/checkpoints/audit-checkpoints.log"
CHECKPOINTS_AT_BACKUP="$WORK/checkpoints/before-the-backup.log"
DB_PASSWORD="db-$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
APP_PORT=$(free_port)
BASE="http://127.0.0.1:$APP_PORT"

# start_cluster NAME PORT: a fresh PostgreSQL in $WORK/NAME listening on 127.0.0.1:PORT, with a role sankofa
start_cluster() {
  local name=$1 port=$2 dir="$WORK/$1"
  mkdir -p "$dir/pgdata" "$dir/socket"
  chown postgres "$dir/pgdata" "$dir/socket"
  runuser -u postgres -- "$PG_BIN/initdb" -D "$dir/pgdata" -U postgres -E UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host=scram-sha-256 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; fail "initdb of $name failed"; }
  touch "$dir/postgres.log" && chown postgres "$dir/postgres.log"
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$dir/pgdata" -l "$dir/postgres.log" -w -t 60 \
    -o "-p $port -c listen_addresses=127.0.0.1 -k $dir/socket" start >/dev/null \
    || fail "PostgreSQL $name did not start"
  STARTED_CLUSTERS+=("$name")
  psql_on "$name" "$port" -c "CREATE ROLE sankofa LOGIN PASSWORD '$DB_PASSWORD'" >/dev/null \
    || fail "could not create the role sankofa on $name"
}
psql_on() {
  local name=$1 port=$2
  shift 2
  runuser -u postgres -- "$PG_BIN/psql" -h "$WORK/$name/socket" -p "$port" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"
}

# sankofa_env PORT DEMO CHECKPOINT_FILE: the environment of the application on the database at PORT
sankofa_env() {
  echo SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$1/sankofa" SPRING_DATASOURCE_USERNAME=sankofa \
    SPRING_DATASOURCE_PASSWORD="$DB_PASSWORD" SANKOFA_DEMO="$2" \
    SANKOFA_ENCRYPTION_ACTIVE_KEY=k1 SANKOFA_ENCRYPTION_KEYS_K1="$ENCRYPTION_KEY" \
    SANKOFA_ENCRYPTION_INDEX_KEY="$INDEX_KEY" SANKOFA_AUDIT_KEYS_A1="$AUDIT_KEY" \
    SANKOFA_AUDIT_CHECKPOINT_FILE="$3" SANKOFA_AUDIT_CHECKPOINT_EVERY=PT10S
}

# start_app NAME PORT DEMO CHECKPOINT_FILE: the packaged application on the database at PORT, waited for until UP
start_app() {
  local name=$1 port=$2 demo=$3 checkpoints=$4 started
  (
    cd "$WORK"
    # shellcheck disable=SC2046
    exec env $(sankofa_env "$port" "$demo" "$checkpoints") SERVER_PORT="$APP_PORT" java -jar "$JAR" \
      >"$WORK/app-$name.log" 2>&1 </dev/null
  ) &
  APP_PID=$!
  started=$(date +%s)
  until curl -fsS "$BASE/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
    kill -0 "$APP_PID" 2>/dev/null || fail "the application on $name stopped during start-up"
    [ $(($(date +%s) - started)) -lt 300 ] || fail "the application on $name was not UP after 300 s"
    sleep 1
  done
  ok "the application is UP on $name after $(($(date +%s) - started)) s"
}

case_worker_token() {
  local status
  status=$(curl -sS -o "$WORK/token.json" -w '%{http_code}' -H 'Content-Type: application/json' \
    --data '{"username":"caseworker.dakar","password":"sankofa-demo","name":"backup-restore-check"}' \
    "$BASE/api/v1/tokens")
  [ "$status" = 201 ] || fail "POST /api/v1/tokens as caseworker.dakar answered $status: $(cat "$WORK/token.json")"
  sed -n 's/.*"token":"\([^"]*\)".*/\1/p' "$WORK/token.json"
}

# read_cases DIR: each sampled case as the API answers it, into DIR/<id>.json
read_cases() {
  mkdir -p "$1"
  for id in $SAMPLE; do
    curl -fsS -H "Authorization: Bearer $TOKEN" -H 'Accept-Language: en' "$BASE/api/v1/cases/$id" >"$1/$id.json" \
      || fail "GET /api/v1/cases/$id failed"
  done
}

# a port someone still listens on (a server of the previous check shutting down) is not free either
listening() { command -v ss >/dev/null 2>&1 && ss -ltnH "sport = :$1" 2>/dev/null | grep -q .; }
SOURCE_PORT=$(free_port)
RESTORED_PORT=$(free_port)
while [ "$SOURCE_PORT" = "$APP_PORT" ] || listening "$SOURCE_PORT"; do SOURCE_PORT=$(free_port); done
while [ "$RESTORED_PORT" = "$APP_PORT" ] || [ "$RESTORED_PORT" = "$SOURCE_PORT" ] || listening "$RESTORED_PORT"; do
  RESTORED_PORT=$(free_port)
done

step "source: a PostgreSQL ($("$PG_BIN/postgres" --version)) on 127.0.0.1:$SOURCE_PORT, Sankofa on port $APP_PORT"
start_cluster source "$SOURCE_PORT"
psql_on source "$SOURCE_PORT" -c "CREATE DATABASE sankofa OWNER sankofa" || fail "could not create the database"
start_app source "$SOURCE_PORT" true "$CHECKPOINTS"

step "source: waiting for the first checkpoint of the audit chain in $CHECKPOINTS"
started=$(date +%s)
until grep -q 'AUDIT-CHECKPOINT entry=' "$CHECKPOINTS" 2>/dev/null; do
  [ $(($(date +%s) - started)) -lt 120 ] || fail "no audit checkpoint exported after 120 s"
  sleep 1
done
ok "$(grep -o 'AUDIT-CHECKPOINT entry=[0-9]*' "$CHECKPOINTS" | tail -n 1)"

step "source: a sample of cases read through the API as caseworker.dakar"
TOKEN=$(case_worker_token)
SAMPLE=$(curl -fsS -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/cases?size=5" | grep -o '"id":[0-9]*' \
  | cut -d: -f2 | head -n 5 | paste -sd " ")
[ "$(echo "$SAMPLE" | wc -w)" -eq 5 ] || fail "expected 5 cases in caseworker.dakar's first page, got '$SAMPLE'"
read_cases "$WORK/before"
FIRST=${SAMPLE%% *}
GIVEN=$(sed -n 's/.*"givenNames":"\([^"]*\)".*/\1/p' "$WORK/before/$FIRST.json")
FAMILY=$(sed -n 's/.*"familyName":"\([^"]*\)".*/\1/p' "$WORK/before/$FIRST.json")
[ -n "$GIVEN" ] && [ -n "$FAMILY" ] || fail "case $FIRST has no name to read: $(cat "$WORK/before/$FIRST.json")"
ok "cases $SAMPLE read, decrypted (the first one has given and family names)"
ENTRIES_BEFORE=$(psql_on source "$SOURCE_PORT" -d sankofa -c "select sum(last_seq) from audit_chain_head")
ok "the audit chain has $ENTRIES_BEFORE entries"

step "backup: the checkpoints exported so far kept, then pg_dump --format=custom of the running instance"
cp "$CHECKPOINTS" "$CHECKPOINTS_AT_BACKUP"
mkdir -p "$WORK/backup" && chown postgres "$WORK/backup"
runuser -u postgres -- "$PG_BIN/pg_dump" -h "$WORK/source/socket" -p "$SOURCE_PORT" -U postgres --format=custom \
  --file="$WORK/backup/sankofa.dump" sankofa || fail "pg_dump failed"
ok "$(du -h "$WORK/backup/sankofa.dump" | cut -f1) written"
stop_app
stop_cluster source
ok "the source application and database are stopped"

step "restore: pg_restore into a fresh PostgreSQL on 127.0.0.1:$RESTORED_PORT"
start_cluster restored "$RESTORED_PORT"
psql_on restored "$RESTORED_PORT" -c "CREATE DATABASE sankofa OWNER sankofa" || fail "could not create the database"
runuser -u postgres -- "$PG_BIN/pg_restore" -h "$WORK/restored/socket" -p "$RESTORED_PORT" -U postgres \
  --dbname=sankofa --exit-on-error "$WORK/backup/sankofa.dump" >"$WORK/restore.log" 2>&1 || fail "pg_restore failed"
ENTRIES_RESTORED=$(psql_on restored "$RESTORED_PORT" -d sankofa -c "select sum(last_seq) from audit_chain_head")
[ "$ENTRIES_RESTORED" -ge "$ENTRIES_BEFORE" ] \
  || fail "the restored chain has $ENTRIES_RESTORED entries, fewer than the $ENTRIES_BEFORE before the backup"
ok "restored: $ENTRIES_RESTORED audit entries"

step "restored: the audit chain verified by the application's command, against the checkpoints exported before"
set +e
# shellcheck disable=SC2046
(cd "$WORK" && env $(sankofa_env "$RESTORED_PORT" false "$CHECKPOINTS_AT_BACKUP") java -jar "$JAR" --spring.main.web-application-type=none \
  --sankofa.audit.verify >"$WORK/app-verify.log" 2>&1 </dev/null)
verified=$?
set -e
result=$(grep -o 'Audit chain [A-Z a-z].*' "$WORK/app-verify.log" | tail -n 1)
[ "$verified" = 0 ] || fail "the verification command exited with $verified: ${result:-no result printed}"
case "$result" in
  "Audit chain intact: "*", 0 checkpoints"*) fail "no checkpoint was compared: $result" ;;
  "Audit chain intact: "*) ok "$result" ;;
  *) fail "unexpected verification result: $result" ;;
esac

step "restored: Sankofa started on it (demo mode off), the same cases read through the API"
start_app restored "$RESTORED_PORT" false "$WORK/checkpoints/restored.log"
TOKEN=$(case_worker_token)
read_cases "$WORK/after"
for id in $SAMPLE; do
  cmp -s "$WORK/before/$id.json" "$WORK/after/$id.json" \
    || fail "case $id reads differently after the restore: $(diff "$WORK/before/$id.json" "$WORK/after/$id.json")"
done
ok "the 5 cases read the same, field for field"
found=$(curl -fsS --get -H "Authorization: Bearer $TOKEN" --data-urlencode "q=$FAMILY $GIVEN" "$BASE/api/v1/cases") \
  || fail "the name search failed"
printf '%s' "$found" | grep -q "\"id\":$FIRST[,}]" || fail "the name search did not find case $FIRST: $found"
ok "the name search finds case $FIRST by its name"
stop_app

echo "Backup and restore check passed."
