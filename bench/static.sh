#!/usr/bin/env bash
# The cost of a static file against the application's HTTP floor, with ApacheBench (`ab`, Debian's apache2-utils):
#   floor: GET /api/v1/me with a personal access token (the cheapest authenticated call);
#   the hashed stylesheet and htmx as a signed-in browser asks for them (session cookie, Accept-Encoding: gzip),
#   and without a cookie.
# CLIENTS concurrent clients (default 8), REQUESTS each (default 4000), after a warm-up of 500.
# Usage: bench/static.sh                       starts the packaged jar on a temporary embedded database
#        BASE_URL=http://host:port bench/static.sh   measures a running demo instance
# Measures; asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

CLIENTS=${CLIENTS:-8}
REQUESTS=${REQUESTS:-4000}
WORK=$(mktemp -d /tmp/sankofa-bench-static.XXXXXX)
APP=""
cleanup() {
  [ -n "$APP" ] && stop_group "$APP"
  rm -rf "$WORK"
}
trap cleanup EXIT
command -v ab >/dev/null || { echo "ab is missing: apt-get install -y apache2-utils" >&2; exit 2; }

if [ -z "${BASE_URL:-}" ]; then
  [ -n "$(packaged_jar)" ] || ./mvnw -q -B -ntp package -DskipTests
  port=$(free_port)
  BASE_URL="http://127.0.0.1:$port"
  setsid java -jar "$(packaged_jar)" "--server.port=$port" \
    "--sankofa.embedded-database.data-directory=$WORK/data/postgres" >"$WORK/app.log" 2>&1 </dev/null &
  APP=$!
  wait_up "$BASE_URL/actuator/health" "$APP" || { tail -n 40 "$WORK/app.log" >&2; exit 1; }
fi

TOKEN=$(curl -fsS -X POST "$BASE_URL/api/v1/tokens" -H 'Content-Type: application/json' \
  -d '{"username":"caseworker.dakar","password":"sankofa-demo"}' | sed -n 's/.*"token" *: *"\([^"]*\)".*/\1/p')
JAR="$WORK/cookies.txt"
curl -sS -b "$JAR" -c "$JAR" -o "$WORK/login.html" "$BASE_URL/login"
csrf=$(grep -o 'name="_csrf"[^>]*' "$WORK/login.html" | head -n 1 | sed -n 's/.*value="\([^"]*\)".*/\1/p')
curl -sS -o /dev/null -b "$JAR" -c "$JAR" --data-urlencode "username=caseworker.dakar" \
  --data-urlencode "password=sankofa-demo" --data-urlencode "_csrf=$csrf" "$BASE_URL/login"
SESSION=$(awk '$6 == "SESSION" { print $7 }' "$JAR")
curl -sS -b "$JAR" -o "$WORK/home.html" "$BASE_URL/"
CSS=$(grep -oE 'href="/css/[^"]+"' "$WORK/home.html" | head -n 1 | sed -E 's/^href="//; s/"$//')
HTMX=$(grep -oE 'src="/webjars/[^"]+"' "$WORK/home.html" | head -n 1 | sed -E 's/^src="//; s/"$//')
[ -n "$TOKEN" ] && [ -n "$SESSION" ] && [ -n "$CSS" ] && [ -n "$HTMX" ] || { echo "FAILED: no token, session or assets" >&2; exit 1; }

# run LABEL PATH HEADER...: requests/s, p50, p95 and bytes per response
run() {
  local label=$1 path=$2
  shift 2
  local args=()
  for header in "$@"; do args+=(-H "$header"); done
  ab -q -k -n 500 -c "$CLIENTS" "${args[@]}" "$BASE_URL$path" >/dev/null 2>&1 || true
  ab -q -k -n "$REQUESTS" -c "$CLIENTS" "${args[@]}" "$BASE_URL$path" >"$WORK/ab.txt" 2>&1 || true
  local rps p50 p95 bytes failed
  rps=$(awk '/^Requests per second/ { print $4 }' "$WORK/ab.txt")
  p50=$(awk '$1 == "50%" { print $2 }' "$WORK/ab.txt")
  p95=$(awk '$1 == "95%" { print $2 }' "$WORK/ab.txt")
  bytes=$(awk '/^Document Length/ { print $3 }' "$WORK/ab.txt")
  failed=$(awk '/^Non-2xx responses/ { print $3 }' "$WORK/ab.txt")
  printf '| %-52s | %8s | %4s ms | %4s ms | %6s B | %s |\n' "$label" "$rps" "$p50" "$p95" "$bytes" "${failed:-0}"
}

echo "$BASE_URL, $(date -u '+%F %H:%M') UTC, $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg), $CLIENTS clients, $REQUESTS requests"
echo "| request | req/s | p50 | p95 | body | non-2xx |"
echo "| --- | --- | --- | --- | --- | --- |"
run "GET /api/v1/me (token) — the floor" /api/v1/me "Authorization: Bearer $TOKEN"
run "stylesheet, signed-in browser (session, gzip)" "$CSS" "Cookie: SESSION=$SESSION" "Accept-Encoding: gzip"
run "htmx, signed-in browser (session, gzip)" "$HTMX" "Cookie: SESSION=$SESSION" "Accept-Encoding: gzip"
run "stylesheet, no cookie (gzip)" "$CSS" "Accept-Encoding: gzip"
