#!/usr/bin/env bash
# Statistics at scale (issue 15): the dashboards' API at a million cases, live, beside the same SQL run directly.
# Needs a database of generated cases (bench/cases.sh writes one; DATA_DIR=... points at it, e.g. /work/bench-data/1m).
# Starts Sankofa on it (the first start after V49 fills the tallies), then measures over HTTP, CLIENTS concurrent
# clients (client-side latency on loopback), each dashboard scenario as a role would open it:
#   - observer, every country, 3 years and 7 years, no filter (one grouping-sets query each);
#   - observer, forced begging + boys (three queries: the dashboard and each filter relaxed, against differencing);
#   - coordinator.mali (one country), supervisor.dakar (one office, exact), the XLSX workbook;
# and the dashboard's SQL itself (its two statements, tallies and routes) with pgbench at the same concurrency.
# Usage: DATA_DIR=/work/bench-data/1m bench/statistics.sh      (CLIENTS=1,8 REQUESTS=200 SECONDS_PER_RUN=20)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

CLIENTS=${CLIENTS:-1,8}
REQUESTS=${REQUESTS:-200}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-20}
if [ -z "${DATA_DIR:-}" ] || [ ! -d "$DATA_DIR/postgres" ]; then
  echo "DATA_DIR must hold a generated database (bench/cases.sh with DATA_DIR=... writes one)" >&2
  exit 64
fi
DATA=$DATA_DIR/postgres
WORK=$(mktemp -d /tmp/sankofa-bench-statistics.XXXXXX)
CURRENT=""
cleanup() {
  [ -n "$CURRENT" ] && stop_group "$CURRENT"
  rm -rf "$WORK"
}
trap cleanup EXIT
JAR=${JAR:-$(packaged_jar || true)}
if [ -z "$JAR" ]; then
  ./mvnw -q -B -ntp -DskipTests package
  JAR=$(packaged_jar)
fi
echo "jar: $JAR; $(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg)"

PORT=$(free_port)
PGPORT=$(free_port)
t0=$(now_ms)
setsid java -jar "$JAR" "${KEPT_DATA_ARGS[@]}" "--server.port=$PORT" "--sankofa.embedded-database.data-directory=$DATA" \
  "--sankofa.embedded-database.port=$PGPORT" >"$WORK/app.log" 2>&1 </dev/null &
CURRENT=$!
if ! wait_up "http://127.0.0.1:$PORT/actuator/health" "$CURRENT"; then
  tail -n 40 "$WORK/app.log" >&2
  exit 1
fi
echo "Sankofa up in $(seconds $(($(now_ms) - t0))) s (including any migration)"
psql_() { psql -X -q -h 127.0.0.1 -p "$PGPORT" -U postgres -d sankofa -v ON_ERROR_STOP=1 "$@"; }
psql_ -At -c "select 'cases: ' || count(*) from case_file"
psql_ -At -c "select 'tally rows: ' || count(*) || ', persons: ' || sum(persons) from case_tally"

token() {
  curl -fsS -X POST "http://127.0.0.1:$PORT/api/v1/tokens" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"sankofa-demo\"}" | sed -n 's/.*"token" *: *"\([^"]*\)".*/\1/p'
}
OBSERVER=$(token observer)
MALI=$(token coordinator.mali)
DAKAR=$(token supervisor.dakar)
YEAR=$(date -u +%Y)
API=/api/v1/statistics/victims

echo
echo "== the dashboard's SQL directly (pgbench -M prepared, client-side latency)"
GROUPING="select extract(year from month)::int as year, month, sex, age, forms, citizenship, identified_country,
  referral_source, office_id, grouping(extract(year from month), month, sex, age, forms, citizenship,
  identified_country, referral_source, office_id) as g, sum(persons), sum(assisted), sum(returned), sum(reintegrated)
  from case_tally where month between '%s' and '%s' %s group by grouping sets ((extract(year from month)), (month),
  (sex), (age), (sex, age), (forms), (citizenship), (identified_country), (referral_source), (office_id), ())"
ROUTES="select array_to_string(route, '>') as route, sum(persons), sum(assisted), sum(returned), sum(reintegrated)
  from case_route_tally where month between '%s' and '%s' %s group by route having sum(persons) > 0"
sql_file() { # name, from, to, extra where: the dashboard's two statements (the tallies, then the routes)
  { printf "$GROUPING;\n" "$2" "$3" "$4" | tr '\n' ' '; echo; printf "$ROUTES;\n" "$2" "$3" "$4" | tr '\n' ' '; echo; } \
    >"$WORK/$1.sql"
  echo "$WORK/$1.sql"
}
printf "%-56s %7s %8s %8s %8s\n" "scenario" "clients" "txns" "p50 ms" "p95 ms"
for entry in "3 years, every country|$((YEAR - 2))-01-01|$YEAR-12-01|" \
             "7 years, every country|$((YEAR - 6))-01-01|$YEAR-12-01|" \
             "3 years, forced begging + boys|$((YEAR - 2))-01-01|$YEAR-12-01|and forms @> array['ForcedBegging']::varchar[] and sex = 'Masculine'"; do
  IFS='|' read -r title from to extra <<<"$entry"
  file=$(sql_file "s$RANDOM" "$from" "$to" "$extra")
  for c in ${CLIENTS//,/ }; do
    rm -f "$WORK"/pgbench_log.*
    (cd "$WORK" && pgbench -n -M prepared -h 127.0.0.1 -p "$PGPORT" -U postgres -c "$c" -j "$c" \
      -t $(((REQUESTS + c - 1) / c)) -l -f "$file" sankofa >/dev/null 2>&1) || echo "pgbench failed for $title" >&2
    { cat "$WORK"/pgbench_log.* 2>/dev/null || true; } | awk '{ print $3 }' | sort -n | awk -v t="$title" -v c="$c" \
      '{ a[NR] = $1 } END { if (NR == 0) exit; i50 = int(NR * 0.50); i95 = int(NR * 0.95); if (i50 < 1) i50 = 1; if (i95 < 1) i95 = 1;
         printf "%-56s %7d %8d %8.1f %8.1f\n", t, c, NR, a[i50] / 1000, a[i95] / 1000 }'
  done
done

echo
echo "== HTTP, client-side latency over loopback, clients $CLIENTS, up to $REQUESTS requests or ${SECONDS_PER_RUN} s each"
java bench/CaseListBench.java --paths "http://127.0.0.1:$PORT" "$CLIENTS" "$REQUESTS" "$SECONDS_PER_RUN" \
  "floor: GET /api/v1/me (observer)|$OBSERVER|/api/v1/me" \
  "observer, 3 years, every country|$OBSERVER|$API?from=$((YEAR - 2))&to=$YEAR" \
  "observer, 7 years, every country|$OBSERVER|$API?from=$((YEAR - 6))&to=$YEAR" \
  "observer, 3 years, forced begging + boys (3 queries)|$OBSERVER|$API?from=$((YEAR - 2))&to=$YEAR&exploitation=ForcedBegging&sex=Masculine" \
  "coordinator.mali, 3 years, Mali|$MALI|$API?from=$((YEAR - 2))&to=$YEAR" \
  "supervisor.dakar, 3 years, SN-DKR exact|$DAKAR|$API?from=$((YEAR - 2))&to=$YEAR" \
  "observer, the workbook (XLSX), 3 years|$OBSERVER|/statistics/dashboard.xlsx?from=$((YEAR - 2))&to=$YEAR"
