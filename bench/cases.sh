#!/usr/bin/env bash
# Cases at scale: generates CASES (default 1,000,000) synthetic cases into a fresh embedded database with the packaged
# jar (--sankofa.generate-cases, timed), starts Sankofa on that data, then measures
#   1. in SQL (psql on the embedded PostgreSQL): EXPLAIN ANALYZE of the core list query of one office with keyset
#      ordering (first page, a deep page, filtered, counts) and of the blind-index intersection for two-word names;
#   2. over HTTP (bench/CaseListBench.java, client-side on loopback, CLIENTS concurrent clients): the first page of
#      GET /api/v1/cases, filtered lists, next pages by cursor, and the name search q=..., as caseworker.dakar —
#      p50, p95, p99 and throughput. Fails clearly (status 2) when the list API is not there yet.
# Usage: bench/cases.sh                          (1,000,000 cases, clients 4 and 8)
#        CASES=100000 CLIENTS=2,4 REQUESTS=300 bench/cases.sh
#        DATA_DIR=/tmp/cases-1m bench/cases.sh    (keeps the data there; reuses it if it already holds cases)
#        DETAIL=full CASES=100000 DATA_DIR=/tmp/full-100k bench/cases.sh   (cases with their whole journey home)
# Everything runs on 127.0.0.1; the data goes to a temporary directory (never ./data) unless DATA_DIR is set.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

CASES=${CASES:-1000000}
DETAIL=${DETAIL:-core} # core (what lists, filters and searches read), care, or full (the whole journey home)
CLIENTS=${CLIENTS:-4,8}
REQUESTS=${REQUESTS:-400}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-30}
WORK=$(mktemp -d /tmp/sankofa-bench-cases.XXXXXX)
DATA=${DATA_DIR:-$WORK/data}/postgres
CURRENT=""
cleanup() {
  [ -n "$CURRENT" ] && stop_group "$CURRENT"
  rm -rf "$WORK"
}
trap cleanup EXIT

JAR=${JAR:-$(packaged_jar || true)} # JAR=... measures another build (e.g. the one before a change) on the same data
if [ -z "$JAR" ]; then
  echo "packaging the jar once (./mvnw -B -ntp -DskipTests package)"
  ./mvnw -q -B -ntp -DskipTests package
  JAR=$(packaged_jar)
fi
echo "jar: $JAR; $(nproc) cores; $(java -version 2>&1 | head -n 1)"

# --- 1. generate --------------------------------------------------------------------------------------------------
if [ -n "${DATA_DIR:-}" ] && [ -d "$DATA" ]; then
  echo "reusing the data in $DATA (delete it to generate again)"
else
  echo "generating $CASES cases into $DATA ..."
  t0=$(now_ms)
  java -jar "$JAR" "${KEPT_DATA_ARGS[@]}" --server.port=0 "--sankofa.embedded-database.data-directory=$DATA" \
    "--sankofa.generate-cases=$CASES" "--sankofa.generate-cases.detail=$DETAIL" 2>&1 | tee "$WORK/generate.log" | grep -E 'Generat|cases/s|Demo cases|ERROR|Refusing' || true
  status=${PIPESTATUS[0]}
  t1=$(now_ms)
  if [ "$status" -ne 0 ]; then
    echo "FAILED: the generator exited with status $status" >&2
    tail -n 40 "$WORK/generate.log" >&2
    exit 1
  fi
  echo "generation command, wall clock including JVM start, migration and demo world: $(seconds $((t1 - t0))) s"
fi

# --- 2. start Sankofa on that data ---------------------------------------------------------------------------------
PORT=$(free_port)
PGPORT=$(free_port)
setsid java -jar "$JAR" "${KEPT_DATA_ARGS[@]}" "--server.port=$PORT" "--sankofa.embedded-database.data-directory=$DATA" \
  "--sankofa.embedded-database.port=$PGPORT" >"$WORK/app.log" 2>&1 </dev/null &
CURRENT=$!
if ! wait_up "http://127.0.0.1:$PORT/actuator/health" "$CURRENT"; then
  tail -n 40 "$WORK/app.log" >&2
  exit 1
fi
echo "Sankofa up on 127.0.0.1:$PORT, embedded PostgreSQL on 127.0.0.1:$PGPORT"

# --- 3. SQL plans ---------------------------------------------------------------------------------------------------
psql_() { psql -X -q -h 127.0.0.1 -p "$PGPORT" -U postgres -d sankofa -v ON_ERROR_STOP=1 "$@"; }
echo
echo "== data"
psql_ -c "select o.code, count(*) as cases, count(*) filter (where c.is_child) as children
            from case_file c join office o on o.id = c.office_id group by o.code order by 2 desc"
psql_ -At -c "select 'case_name_key rows: ' || count(*) from case_name_key"
psql_ -At -c "select 'database size: ' || pg_size_pretty(pg_database_size('sankofa'))"

# a cursor deep in the Dakar list (row 5,000): identified_on and id of that row
read -r DEEP_DATE DEEP_ID < <(psql_ -At -F ' ' -c "select identified_on, id from case_file c
  where office_id = (select id from office where code = 'SN-DKR') order by identified_on desc, id desc offset 5000 limit 1") || true

explain() {
  local title=$1 sql=$2
  echo
  echo "== $title"
  psql_ -c "explain (analyze, buffers, costs off) $sql" | grep -E 'Execution Time|Planning Time|Index|Seq Scan|Bitmap|Sort|Limit|Aggregate|HashSetOp|Append|Merge Join|Nested Loop|Filter|Rows Removed' | sed 's/^/   /'
}
OFFICE="(select id from office where code = 'SN-DKR')"
COLS="c.id, c.case_number, c.status, c.identified_on, c.sex, c.age_at_identification, c.is_child, c.citizenship, c.exploitation_types"
explain "list, SN-DKR, first page (keyset order)" \
  "select $COLS from case_file c where c.office_id = $OFFICE order by c.identified_on desc, c.id desc limit 26"
[ -n "${DEEP_ID:-}" ] && explain "list, SN-DKR, page after row 5,000 (keyset)" \
  "select $COLS from case_file c where c.office_id = $OFFICE and (c.identified_on, c.id) < ('$DEEP_DATE', $DEEP_ID) order by c.identified_on desc, c.id desc limit 26"
explain "list, SN-DKR, filtered ForcedBegging + child + Masculine" \
  "select $COLS from case_file c where c.office_id = $OFFICE and c.exploitation_types @> array['ForcedBegging']::varchar[] and c.is_child and c.sex = 'Masculine' order by c.identified_on desc, c.id desc limit 26"
explain "list, SN-DKR, filtered status=Closed + nationality=ML (rare)" \
  "select $COLS from case_file c where c.office_id = $OFFICE and c.status = 'Closed' and c.citizenship = 'ML' order by c.identified_on desc, c.id desc limit 26"
explain "list, SN-DKR, filter that matches nothing (nationality=NE)" \
  "select $COLS from case_file c where c.office_id = $OFFICE and c.citizenship = 'NE' order by c.identified_on desc, c.id desc limit 26"
explain "total, SN-DKR" "select count(*) from case_file c where c.office_id = $OFFICE"
explain "total (count=true), SN-DKR, status=Closed + nationality=ML, up to 10,001" \
  "select count(*) from (select 1 from case_file c where c.office_id = $OFFICE and c.status = 'Closed' and c.citizenship = 'ML' limit 10001) x"
explain "total, SN-DKR, filtered ForcedBegging + child + Masculine" \
  "select count(*) from case_file c where c.office_id = $OFFICE and c.exploitation_types @> array['ForcedBegging']::varchar[] and c.is_child and c.sex = 'Masculine'"

CLASSPATH_KEYS="target/classes:$(find ~/.m2/repository/org/slf4j/slf4j-api -name 'slf4j-api-*.jar' | sort | tail -n 1)"
for name in "Aminata Diallo" "Mamadou Barry" "Aminatou Dialo"; do
  # one digest per word (NameSearchKeys.searchKeys); the words' index lists are joined on the case, as CaseList does
  mapfile -t WORDS < <(java -cp "$CLASSPATH_KEYS" bench/CaseListBench.java --name-keys "$name" 2>/dev/null)
  named="select k0.case_id from case_name_key k0"
  for i in "${!WORDS[@]}"; do
    [ "$i" -eq 0 ] && continue
    named="$named join case_name_key k$i on k$i.case_id = k0.case_id and k$i.name_key = ${WORDS[$i]} and k$i.office_id = $OFFICE"
  done
  named="$named where k0.name_key = ${WORDS[0]} and k0.office_id = $OFFICE"
  explain "name search '$name' (the words' blind-index lists merged, SN-DKR)" "$named"
  psql_ -At -c "select '   candidates: ' || count(*) from ($named) x"
  rows_sql="select $COLS, p.given_names, p.family_name from case_file c join case_person p on p.case_id = c.id join ($named) named on named.case_id = c.id where c.office_id = $OFFICE limit 200"
  explain "name search '$name' with the candidates' rows, limit 200 (as CaseList.search)" "$rows_sql"
  [ -z "${NAMED_ROWS:-}" ] && NAMED_ROWS=$rows_sql
done

# --- 4. the same SQL, directly -------------------------------------------------------------------------------------
# Each scenario's statements as CaseList sends them for caseworker.dakar (one read-only transaction: the scope check,
# the office's facet counts when the filter is on a facet column, the page's ids from the index, then their rows),
# through pgbench -M prepared at the same concurrency and the same number of transactions as the HTTP run below:
# what the database alone costs, to set against the application's figures.
O=$(psql_ -At -c "select id from office where code = 'SN-DKR'")
PAGE_COLS="c.id, c.case_number, c.office_id, c.identified_on, c.status, c.sex, c.age_at_identification, c.age_estimated, c.is_child, c.citizenship, c.exploitation_types, cast(null as varchar[]) as shares"
ORDER="order by c.identified_on desc, c.id desc"
SCOPE="select exists (select 1 from case_transfer where from_office_id = $O and status = 'ACCEPTED');"
HAS_FACETS=$(psql_ -At -c "select to_regclass('case_list_facet') is not null") # V42 (decision 0015)
facet_query() { # $1: facet conditions on c.
  local m="true$1"
  if [ "$HAS_FACETS" = t ]; then
    echo "select coalesce(array_agg(c.facet) filter (where $m), '{}') as facets, coalesce(sum(c.cases) filter (where $m), 0) as matched, coalesce(sum(c.cases), 0) as office_cases from case_list_facet c where c.office_id = $O and c.cases > 0;"
  fi
}
count_query() { # $1: conditions; the facet counts when there are any, else the rows up to the cap
  if [ "$HAS_FACETS" = t ]; then
    facet_query "$1"
  else
    echo "select count(*) from (select 1 from case_file c where c.office_id = $O$1 limit 10001) counted;"
  fi
}
page_query() { # $1: conditions; $2: keyset condition
  local by_facet=""
  if [ -n "$1" ] && [ "$HAS_FACETS" = t ]; then
    # the facet path when the filter's matches are rare (CaseFacets.Match#rare, 26 rows a page)
    read -r facets matched office < <(psql_ -At -F ' ' -c "$(facet_query "$1" | sed 's/;$//')")
    if [ $((matched * matched)) -le $((26 * office)) ]; then
      by_facet=" and case_list_facet(c.status, c.sex, c.is_child, c.citizenship, c.exploitation_types) = any('$facets'::text[])"
      echo "select set_config('plan_cache_mode', 'force_custom_plan', true), set_config('max_parallel_workers_per_gather', '0', true);"
    fi
  fi
  echo "with page as materialized (select c.id, c.identified_on, c.case_number from case_file c where c.office_id = $O$1$by_facet$2 $ORDER limit 26) select $PAGE_COLS from case_file c join page on page.id = c.id order by page.identified_on desc, page.id desc;"
}
sql_script() { # name, then the statements
  local file="$WORK/sql-$1.sql"
  shift
  { echo "begin read only;"; echo "$SCOPE"; for s in "$@"; do echo "$s"; done; echo "end;"; } >"$file"
  echo "$file"
}
COMMON=" and c.exploitation_types @> array['ForcedBegging']::varchar[] and c.is_child and c.sex = 'Masculine'"
RARE=" and c.exploitation_types @> array['Servitude']::varchar[] and not c.is_child and c.sex = 'NonSpecifiedUnknown'"
EMPTY=" and c.exploitation_types @> array['ForcedMarriage']::varchar[] and c.is_child and c.sex = 'Masculine'"
CLOSED_ML=" and c.status = 'Closed' and c.citizenship = 'ML'"
read -r CUR_DATE CUR_ID < <(psql_ -At -F ' ' -c "select identified_on, id from case_file c where office_id = $O $ORDER offset 250 limit 1") || true
SQL_SCENARIOS=(
  "first-page|first page (size=25)|$(sql_script first-page "$(page_query "" "")")"
  "common|filtered: ForcedBegging, child, Masculine|$(sql_script common "$(facet_query "$COMMON")" "$(page_query "$COMMON" "")")"
  "rare|rare: Servitude, adult, sex not specified|$(sql_script rare "$(facet_query "$RARE")" "$(page_query "$RARE" "")")"
  "empty|empty: ForcedMarriage, child, Masculine|$(sql_script empty "$(facet_query "$EMPTY")" "$(page_query "$EMPTY" "")")"
  "closed-ml|filtered: status=Closed, nationality=ML|$(sql_script closed-ml "$(facet_query "$CLOSED_ML")" "$(page_query "$CLOSED_ML" "")")"
  "total|total only: Closed, ML, count=true|$(sql_script total "$(facet_query "$CLOSED_ML")" "$(page_query "$CLOSED_ML" "")" "$SCOPE" "$(count_query "$CLOSED_ML")")"
  "cursor|next page by cursor (page 11)|$(sql_script cursor "$(page_query "" " and (c.identified_on, c.id) < ('$CUR_DATE', $CUR_ID)")")"
  "search|name search, one name (no audit append)|$(sql_script search "$NAMED_ROWS;")"
)
# without parallel workers, as CaseList reads rare filters
PGOPTIONS='-c max_parallel_workers_per_gather=0' explain "rare filter, as CaseList reads it" "$(page_query "$RARE" "" | tail -n 1 | sed 's/;$//')"
PGOPTIONS='-c max_parallel_workers_per_gather=0' explain "empty filter, as CaseList reads it" "$(page_query "$EMPTY" "" | tail -n 1 | sed 's/;$//')"
explain "the total of the rare filter, as CaseList counts it" "$(count_query "$RARE" | sed 's/;$//')"
echo
echo "== the same SQL directly (pgbench -M prepared, one read-only transaction per request, client-side latency)"
printf "%-48s %7s %8s %8s %8s\n" "scenario" "clients" "txns" "p50 ms" "p95 ms"
for entry in "${SQL_SCENARIOS[@]}"; do
  IFS='|' read -r _ title file <<<"$entry"
  for c in ${CLIENTS//,/ }; do
    rm -f "$WORK"/pgbench_log.*
    (cd "$WORK" && pgbench -n -M prepared -h 127.0.0.1 -p "$PGPORT" -U postgres -c "$c" -j "$c" \
      -t $(((REQUESTS + c - 1) / c)) -l -f "$file" sankofa >/dev/null 2>&1) || echo "pgbench failed for $title" >&2
    cat "$WORK"/pgbench_log.* 2>/dev/null | awk '{ print $3 }' | sort -n | awk -v t="$title" -v c="$c" \
      '{ a[NR] = $1 } END { if (NR == 0) exit; i50 = int(NR * 0.50); i95 = int(NR * 0.95); if (i50 < 1) i50 = 1; if (i95 < 1) i95 = 1;
         printf "%-48s %7d %8d %8.1f %8.1f\n", t, c, NR, a[i50] / 1000, a[i95] / 1000 }'
  done
done

# --- 5. HTTP --------------------------------------------------------------------------------------------------------
echo
TOKEN=$(curl -fsS -X POST "http://127.0.0.1:$PORT/api/v1/tokens" -H 'Content-Type: application/json' \
  -d '{"username":"caseworker.dakar","password":"sankofa-demo"}' | sed -n 's/.*"token" *: *"\([^"]*\)".*/\1/p')
if [ -z "$TOKEN" ]; then
  echo "FAILED: no token for caseworker.dakar" >&2
  exit 1
fi
echo "== HTTP, client-side latency over loopback (no Server-Timing header), clients $CLIENTS, up to $REQUESTS requests or ${SECONDS_PER_RUN} s each"
set +e
java bench/CaseListBench.java "http://127.0.0.1:$PORT" "$TOKEN" "$CLIENTS" "$REQUESTS" "$SECONDS_PER_RUN"
status=$?
set -e
if [ "$status" -eq 2 ]; then
  echo "FAILED: GET /api/v1/cases is not available yet — only the generator and SQL figures above were measured." >&2
fi
exit "$status"
