#!/usr/bin/env bash
# Bytes transferred for the first load (empty cache) of the login page and of the home page signed in as a
# demo user: the page plus every stylesheet, script and image it references, fetched with curl --compressed
# (gzip, as a browser asks) and counted as headers + body received. Budget (DESIGN §6): 150 KB each.
# Usage: bench/page-weight.sh                 starts the packaged jar with a temporary embedded database
#        BASE_URL=http://host:port bench/page-weight.sh   measures a running demo instance
# Measures; asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

BUDGET=$((150 * 1024))
USER_NAME=${DEMO_USER:-admin}
USER_PASSWORD=${SANKOFA_DEMO_PASSWORD:-sankofa-demo}
WORK=$(mktemp -d /tmp/sankofa-bench-weight.XXXXXX)
APP=""
cleanup() {
  [ -n "$APP" ] && stop_group "$APP"
  rm -rf "$WORK"
}
trap cleanup EXIT

if [ -z "${BASE_URL:-}" ]; then
  [ -n "$(packaged_jar)" ] || ./mvnw -q -B -ntp package -DskipTests
  port=$(free_port)
  BASE_URL="http://127.0.0.1:$port"
  setsid java -jar "$(packaged_jar)" "--server.port=$port" \
    "--sankofa.embedded-database.data-directory=$WORK/data/postgres" >"$WORK/app.log" 2>&1 </dev/null &
  APP=$!
  wait_up "$BASE_URL/actuator/health" "$APP" || { tail -n 40 "$WORK/app.log" >&2; exit 1; }
fi
JAR_COOKIES="$WORK/cookies.txt"

# fetch URL NAME: prints "transferred uncompressed" in bytes (transferred = headers + compressed body).
fetch() {
  local url=$1 name=$2 transferred
  transferred=$(curl -sS --compressed -b "$JAR_COOKIES" -c "$JAR_COOKIES" -H 'Accept-Language: en' \
    -o "$WORK/$name" -w '%{size_header} %{size_download}' "$url" | awk '{ print $1 + $2 }')
  echo "$transferred $(wc -c <"$WORK/$name")"
}

# assets PAGE_FILE: the same-site stylesheets, scripts and images the page references, one path a line.
assets() {
  grep -oE '<(link|script|img)[^>]*>' "$1" \
    | grep -vE 'rel="(canonical|alternate)"' \
    | grep -oE '(href|src)="[^"]+"' | sed -E 's/^(href|src)="//; s/"$//' \
    | grep -vE '^(data:|https?:|//)' | sort -u
}

# measure LABEL PATH: the page and its assets, as a browser with an empty cache would load them.
measure() {
  local label=$1 path=$2 total uncompressed line asset
  read -r total uncompressed <<<"$(fetch "$BASE_URL$path" page.html)"
  printf '  %-55s %8s B (%s B uncompressed)\n' "$path" "$total" "$uncompressed"
  while read -r asset; do
    [ -n "$asset" ] || continue
    read -r t u <<<"$(fetch "$BASE_URL$asset" asset)"
    printf '  %-55s %8s B (%s B uncompressed)\n' "$asset" "$t" "$u"
    total=$((total + t))
    uncompressed=$((uncompressed + u))
  done < <(assets "$WORK/page.html")
  local verdict="within"
  [ "$total" -le "$BUDGET" ] || verdict="OVER"
  printf '%s: %s B transferred (%s KB), %s B uncompressed — %s the 150 KB budget\n\n' "$label" "$total" \
    "$(awk -v b="$total" 'BEGIN { printf "%.1f", b / 1024 }')" "$uncompressed" "$verdict"
  RESULTS+=("| $label | $(awk -v b="$total" 'BEGIN { printf "%.1f", b / 1024 }') KB | $(awk -v b="$uncompressed" 'BEGIN { printf "%.1f", b / 1024 }') KB | $verdict |")
}

RESULTS=()
echo "Measuring $BASE_URL ($(date -u +%F), $(nproc) cores)"
echo "login page (anonymous, first visit):"
measure "login page" /login

echo "home page signed in as $USER_NAME (first load after signing in, empty cache):"
rm -f "$JAR_COOKIES"
curl -sS -b "$JAR_COOKIES" -c "$JAR_COOKIES" -o "$WORK/login.html" "$BASE_URL/login"
csrf=$(grep -o 'name="_csrf"[^>]*' "$WORK/login.html" | head -n 1 | sed -n 's/.*value="\([^"]*\)".*/\1/p')
location=$(curl -sS -o /dev/null -w '%{redirect_url}' -b "$JAR_COOKIES" -c "$JAR_COOKIES" \
  --data-urlencode "username=$USER_NAME" --data-urlencode "password=$USER_PASSWORD" \
  --data-urlencode "_csrf=$csrf" "$BASE_URL/login")
case "$location" in
  */login*) echo "could not sign in as $USER_NAME (is this a demo instance?)" >&2; exit 1 ;;
esac
measure "home page ($USER_NAME)" /

echo "| page | transferred | uncompressed | 150 KB budget |"
echo "| --- | --- | --- | --- |"
printf '%s\n' "${RESULTS[@]}"
