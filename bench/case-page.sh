#!/usr/bin/env bash
# The server time of a case page (GET /cases/{id}, the page whole: since the page is one request — its care sections
# folded and asked for only when opened, docs/decisions/0016 — this is what a reader waits for), signed in as a case
# worker with a session, as a browser is. Fetches each case of the list in turn, ROUNDS times, after a warm-up round,
# with CLIENTS concurrent curl loops, and prints p50 / p95 / max of the time to the first byte and of the whole
# answer. On a local connection the whole answer is the server's time: the page is rendered as it is written, so its
# first byte leaves before the page is done. With SECTION=<part> (e.g. notes, return) it measures opening that
# section the same way (GET /cases/{id}/<part> with HX-Request, as the page asks for it).
# Each page is checked: 200, and no section that loads itself (hx-trigger="load").
# Usage: BASE_URL=http://host:port [CASE_USER=caseworker.dakar] [CASE_PASSWORD=sankofa-demo]
#        [CASE_IDS="12 34 56" | CASE_IDS_FILE=ids.txt] [ROUNDS=20] [CLIENTS=1] [SECTION=notes] bench/case-page.sh
#        Without case ids, the first page of the user's case list (GET /api/v1/cases) is used.
# Measures; asserts nothing (exits non-zero only when a page is not answered).
set -euo pipefail
cd "$(dirname "$0")/.."

: "${BASE_URL:?BASE_URL=http://host:port of a running Sankofa}"
CASE_USER=${CASE_USER:-caseworker.dakar}
CASE_PASSWORD=${CASE_PASSWORD:-${SANKOFA_DEMO_PASSWORD:-sankofa-demo}}
ROUNDS=${ROUNDS:-20}
CLIENTS=${CLIENTS:-1}
SECTION=${SECTION:-}
WORK=$(mktemp -d /tmp/sankofa-bench-case-page.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

# the case ids: given, from a file, or the first page of the user's list
if [ -n "${CASE_IDS_FILE:-}" ]; then
  CASE_IDS=$(tr -s ' \n' ' ' <"$CASE_IDS_FILE")
fi
if [ -z "${CASE_IDS:-}" ]; then
  token=$(curl -fsS -X POST "$BASE_URL/api/v1/tokens" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$CASE_USER\",\"password\":\"$CASE_PASSWORD\"}" | sed -n 's/.*"token" *: *"\([^"]*\)".*/\1/p')
  [ -n "$token" ] || { echo "no token for $CASE_USER" >&2; exit 1; }
  CASE_IDS=$(curl -fsS -H "Authorization: Bearer $token" "$BASE_URL/api/v1/cases" \
    | grep -oE '"id" *: *[0-9]+' | grep -oE '[0-9]+$' | tr '\n' ' ')
fi
read -r -a ids <<<"$CASE_IDS"
[ "${#ids[@]}" -gt 0 ] || { echo "no case to open" >&2; exit 1; }

# one session, shared by the clients as by a browser's tabs (signing in eight times at once would meet the sign-in
# throttle): the login form with its CSRF token, as a browser signs in
sign_in() {
  local jar=$1 csrf
  curl -fsS -b "$jar" -c "$jar" -o "$jar.login" "$BASE_URL/login"
  csrf=$(grep -o 'name="_csrf"[^>]*' "$jar.login" | head -n 1 | sed -n 's/.*value="\([^"]*\)".*/\1/p')
  curl -sS -o /dev/null -b "$jar" -c "$jar" --data-urlencode "username=$CASE_USER" \
    --data-urlencode "password=$CASE_PASSWORD" --data-urlencode "_csrf=$csrf" "$BASE_URL/login"
}

path_of() {
  if [ -n "$SECTION" ]; then echo "/cases/$1/$SECTION"; else echo "/cases/$1"; fi
}

# run CLIENT ROUNDS OUT: fetches every case ROUNDS times; one line per request: "status ttfb_ms total_ms"
run() {
  local client=$1 rounds=$2 out=$3 jar="$WORK/cookies.$1" r id
  local headers=(-H 'Accept-Language: en')
  [ -z "$SECTION" ] || headers+=(-H 'HX-Request: true')
  cp "$WORK/cookies.shared" "$jar"
  for r in $(seq 1 "$rounds"); do
    for id in "${ids[@]}"; do
      curl -sS -o "$WORK/page.$client" -b "$jar" "${headers[@]}" \
        -w '%{http_code} %{time_starttransfer} %{time_total}\n' "$BASE_URL$(path_of "$id")" \
        | awk '{ printf "%s %.1f %.1f\n", $1, $2 * 1000, $3 * 1000 }' >>"$out"
      if [ -z "$SECTION" ] && grep -q 'hx-trigger="load"' "$WORK/page.$client"; then
        echo "the page of case $id still loads a section by itself" >&2
      fi
    done
  done
}

echo "Case page$([ -n "$SECTION" ] && echo " section $SECTION") at $BASE_URL as $CASE_USER: ${#ids[@]} cases," \
  "$ROUNDS rounds, $CLIENTS clients ($(date -u '+%F %H:%M'), $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg))"
sign_in "$WORK/cookies.shared"
run warm 1 "$WORK/warm-up"
for c in $(seq 1 "$CLIENTS"); do
  run "$c" "$ROUNDS" "$WORK/times.$c" &
done
wait
cat "$WORK"/times.* >"$WORK/all"
bad=$(awk '$1 != 200' "$WORK/all" | wc -l)
# percentile P FILE COLUMN: nearest-rank percentile of a column
percentile() {
  awk -v c="$3" '{ print $c }' "$2" | sort -n | awk -v p="$1" '{ a[NR] = $1 } END {
    if (NR == 0) { print "n/a"; exit } i = int(p * NR / 100 + 0.999); if (i < 1) i = 1; print a[i] }'
}
printf '%-28s %8s %8s %8s   (%s requests, %s not 200)\n' "" p50 p95 max "$(wc -l <"$WORK/all")" "$bad"
printf '%-28s %8s %8s %8s ms\n' "time to first byte" "$(percentile 50 "$WORK/all" 2)" \
  "$(percentile 95 "$WORK/all" 2)" "$(percentile 100 "$WORK/all" 2)"
printf '%-28s %8s %8s %8s ms\n' "whole answer (server time)" "$(percentile 50 "$WORK/all" 3)" \
  "$(percentile 95 "$WORK/all" 3)" "$(percentile 100 "$WORK/all" 3)"
[ "$bad" -eq 0 ]
