#!/usr/bin/env bash
# Runs the packaged application against a separate PostgreSQL server, as production does, and checks that:
#   - it starts and reports UP at /actuator/health,
#   - demo mode is off (no demo hint on the login page, the demo administrator does not exist),
#   - the first administrator from SANKOFA_ADMIN_USERNAME / SANKOFA_ADMIN_PASSWORD can get an API token
#     (enrolling the required second factor first when the application asks for it) and is ADMINISTRATOR.
# The PostgreSQL server is Debian's (package `postgresql`), started in a temporary directory on a free port of
# 127.0.0.1 and removed afterwards. Needs root (to run PostgreSQL as the `postgres` user) and target/sankofa-*.jar
# (built by `./mvnw -B verify`; SANKOFA_JAR names another jar). Exits non-zero with a message on the first failed check.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)

# shellcheck source=scripts/lib.sh
. "$ROOT/scripts/lib.sh"
require_postgres initdb
JAR=${SANKOFA_JAR:-$(ls "$ROOT"/target/sankofa-*.jar 2>/dev/null | grep -v -- '-plain\.jar$' | head -n 1 || true)}
[ -n "$JAR" ] || fail "no target/sankofa-*.jar: build it first with ./mvnw -B verify"

WORK=$(mktemp -d /tmp/sankofa-external-db.XXXXXX)
chmod 755 "$WORK"
APP_PID=""
PG_STARTED=""
cleanup() {
  local status=$?
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
    kill -9 "$APP_PID" 2>/dev/null || true
  fi
  if [ -n "$PG_STARTED" ]; then
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$WORK/pgdata" -m fast -w stop >/dev/null 2>&1 || true
  fi
  if [ "$status" != 0 ]; then
    echo "--- last lines of the application log ---" >&2
    tail -n 60 "$WORK/app.log" >&2 2>/dev/null || true
    echo "--- last lines of the PostgreSQL log ---" >&2
    tail -n 20 "$WORK/postgres.log" >&2 2>/dev/null || true
  fi
  rm -rf "$WORK"
  exit "$status"
}
trap cleanup EXIT

DB_PORT=$(free_port)
APP_PORT=$(free_port)
while [ "$APP_PORT" = "$DB_PORT" ]; do APP_PORT=$(free_port); done
DB_PASSWORD="db-$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
ADMIN_USERNAME=firstadmin
ADMIN_PASSWORD="first-admin-$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
BASE="http://127.0.0.1:$APP_PORT"

step "starting a throwaway PostgreSQL ($("$PG_BIN/postgres" --version)) on 127.0.0.1:$DB_PORT in $WORK"
mkdir -p "$WORK/pgdata" "$WORK/socket"
chown postgres "$WORK/pgdata" "$WORK/socket"
runuser -u postgres -- "$PG_BIN/initdb" -D "$WORK/pgdata" -U postgres -E UTF8 --locale=C.UTF-8 \
  --auth-local=trust --auth-host=scram-sha-256 >"$WORK/initdb.log" 2>&1 \
  || { cat "$WORK/initdb.log" >&2; fail "initdb failed"; }
touch "$WORK/postgres.log" && chown postgres "$WORK/postgres.log"
runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$WORK/pgdata" -l "$WORK/postgres.log" -w -t 60 \
  -o "-p $DB_PORT -c listen_addresses=127.0.0.1 -k $WORK/socket" start >/dev/null \
  || fail "PostgreSQL did not start"
PG_STARTED=yes
psql_admin() { runuser -u postgres -- "$PG_BIN/psql" -h "$WORK/socket" -p "$DB_PORT" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
psql_admin -c "CREATE ROLE sankofa LOGIN PASSWORD '$DB_PASSWORD'" \
  && psql_admin -c "CREATE DATABASE sankofa OWNER sankofa" \
  || fail "could not create the sankofa role and database"
ok "role sankofa (with a password) and database sankofa created"

step "starting $(basename "$JAR") on port $APP_PORT against jdbc:postgresql://127.0.0.1:$DB_PORT/sankofa"
(
  cd "$WORK"
  exec env SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$DB_PORT/sankofa" \
    SPRING_DATASOURCE_USERNAME=sankofa SPRING_DATASOURCE_PASSWORD="$DB_PASSWORD" \
    SANKOFA_ADMIN_USERNAME="$ADMIN_USERNAME" SANKOFA_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    SANKOFA_ENCRYPTION_ACTIVE_KEY=k1 SANKOFA_ENCRYPTION_KEYS_K1="$(head -c 32 /dev/urandom | base64)" \
    SANKOFA_ENCRYPTION_INDEX_KEY="$(head -c 32 /dev/urandom | base64)" \
    SANKOFA_AUDIT_KEYS_A1="$(head -c 32 /dev/urandom | base64)" \
    SERVER_PORT="$APP_PORT" java -jar "$JAR" >"$WORK/app.log" 2>&1 </dev/null
) &
APP_PID=$!

step "waiting for $BASE/actuator/health to be UP"
started=$(date +%s)
until curl -fsS "$BASE/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
  kill -0 "$APP_PID" 2>/dev/null || fail "the application stopped during start-up"
  [ $(($(date +%s) - started)) -lt 180 ] || fail "the application was not UP after 180 s"
  sleep 1
done
ok "UP after $(($(date +%s) - started)) s"

# The embedded database must not have been used: the application's working directory has no data/ folder.
[ ! -d "$WORK/data" ] || fail "the application created an embedded database in $WORK/data despite SPRING_DATASOURCE_URL"
ok "no embedded database was started"

JAR_COOKIES="$WORK/cookies.txt"
csrf_of() { grep -o 'name="_csrf"[^>]*' | head -n 1 | sed -n 's/.*value="\([^"]*\)".*/\1/p'; }
# Signs in through the login form with a fresh session and prints where the application sends the browser.
sign_in() {
  local username=$1 password=$2 page token
  rm -f "$JAR_COOKIES"
  page=$(curl -fsS -c "$JAR_COOKIES" -b "$JAR_COOKIES" -H 'Accept-Language: en' "$BASE/login")
  token=$(printf '%s' "$page" | csrf_of)
  [ -n "$token" ] || fail "no CSRF token on the login page"
  curl -sS -o /dev/null -w '%{redirect_url}' -c "$JAR_COOKIES" -b "$JAR_COOKIES" \
    --data-urlencode "username=$username" --data-urlencode "password=$password" \
    --data-urlencode "_csrf=$token" "$BASE/login"
}

step "demo mode is off: GET /login shows no demo hint"
DEMO_HINT=$(sed -n 's/^login\.demo=//p' src/main/resources/messages.properties 2>/dev/null | head -n 1)
DEMO_HINT=${DEMO_HINT:-Demo mode}
login_page=$(curl -fsS -H 'Accept-Language: en' "$BASE/login") || fail "GET /login failed"
printf '%s' "$login_page" | grep -q 'id="login-form"' || fail "GET /login did not return the login form"
if printf '%s' "$login_page" | grep -qF "${DEMO_HINT%%:*}"; then
  fail "the login page shows the demo hint ('${DEMO_HINT%%:*}'): demo mode is on with an external database"
fi
ok "no demo hint"

step "demo mode is off: signing in as admin / sankofa-demo is refused"
location=$(sign_in admin sankofa-demo)
case "$location" in
  */login\?error*) ok "refused (redirected to ${location#"$BASE"})" ;;
  *) fail "signing in as the demo administrator was not refused (redirected to '$location')" ;;
esac

api_token() {
  local body=$1
  curl -sS -o "$WORK/token.json" -w '%{http_code}' -H 'Content-Type: application/json' -H 'Accept-Language: en' \
    --data "$body" "$BASE/api/v1/tokens"
}

step "the first administrator '$ADMIN_USERNAME' gets a token from POST /api/v1/tokens"
status=$(api_token "{\"username\":\"$ADMIN_USERNAME\",\"password\":\"$ADMIN_PASSWORD\",\"name\":\"external-db-check\"}")
if [ "$status" = 403 ]; then
  echo "    the application asks for a second factor first (403: $(cat "$WORK/token.json")); enrolling one"
  location=$(sign_in "$ADMIN_USERNAME" "$ADMIN_PASSWORD")
  case "$location" in
    */login\?*) fail "the first administrator could not sign in (redirected to '$location')" ;;
  esac
  enrolment=$(curl -fsS -c "$JAR_COOKIES" -b "$JAR_COOKIES" -H 'Accept-Language: en' "$BASE/profile/totp") \
    || fail "GET /profile/totp failed"
  secret=$(printf '%s' "$enrolment" | sed -n 's/.*id="totp-secret"[^>]*>\([A-Z2-7=]*\)<.*/\1/p' | head -n 1)
  [ -n "$secret" ] || fail "no second-factor key on /profile/totp"
  token=$(printf '%s' "$enrolment" | csrf_of)
  code=$(java "$ROOT/scripts/Totp.java" "$secret")
  location=$(curl -sS -o /dev/null -w '%{redirect_url}' -c "$JAR_COOKIES" -b "$JAR_COOKIES" \
    --data-urlencode "code=$code" --data-urlencode "_csrf=$token" "$BASE/profile/totp")
  case "$location" in
    */profile) ok "second factor enrolled" ;;
    *) fail "enrolling the second factor failed (redirected to '$location')" ;;
  esac
  # each code is accepted once: the one used to enrol cannot sign in again, the next one can
  code=$(java "$ROOT/scripts/Totp.java" "$secret" 1)
  status=$(api_token "{\"username\":\"$ADMIN_USERNAME\",\"password\":\"$ADMIN_PASSWORD\",\"totp\":\"$code\",\"name\":\"external-db-check\"}")
fi
[ "$status" = 201 ] || fail "POST /api/v1/tokens as $ADMIN_USERNAME answered $status: $(cat "$WORK/token.json")"
API_TOKEN=$(sed -n 's/.*"token":"\([^"]*\)".*/\1/p' "$WORK/token.json")
[ -n "$API_TOKEN" ] || fail "no token in the answer: $(cat "$WORK/token.json")"
ok "token issued (201)"

step "GET /api/v1/me with the token is $ADMIN_USERNAME with role ADMINISTRATOR"
me=$(curl -fsS -H "Authorization: Bearer $API_TOKEN" "$BASE/api/v1/me") || fail "GET /api/v1/me failed"
printf '%s' "$me" | grep -q "\"username\":\"$ADMIN_USERNAME\"" || fail "GET /api/v1/me is not $ADMIN_USERNAME: $me"
printf '%s' "$me" | grep -q '"role":"ADMINISTRATOR"' || fail "$ADMIN_USERNAME is not ADMINISTRATOR: $me"
ok "$me"

echo "External database check passed."
