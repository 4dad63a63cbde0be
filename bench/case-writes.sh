#!/usr/bin/env bash
# The write path of a case at scale (issue 12, decision 0015): what registering and updating a case costs in SQL,
# measured with pgbench -M prepared on existing generated data, so that the cost of the list's indexes and facet
# counts shows. Each transaction (rolled back, so the data stays as it was) inserts one case copied from a random case
# of SN-DKR, changes a facet column of it (status and sex), then changes a column of no facet (updated_at) — the three
# statements a registration and two edits send to case_file.
# Usage: DATA_DIR=/work/bench-data/100k bench/case-writes.sh       (the packaged jar, or JAR=... for another build)
#        CLIENTS=1,8 TRANSACTIONS=2000 DATA_DIR=... bench/case-writes.sh
# Prints p50/p95 per client count, and the sizes of case_file's indexes and of the facet counts.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

CLIENTS=${CLIENTS:-1,8}
TRANSACTIONS=${TRANSACTIONS:-2000}
: "${DATA_DIR:?DATA_DIR must name a directory with generated cases (bench/cases.sh keeps them with DATA_DIR)}"
DATA=$DATA_DIR/postgres
WORK=$(mktemp -d /tmp/sankofa-bench-writes.XXXXXX)
CURRENT=""
cleanup() {
  [ -n "$CURRENT" ] && stop_group "$CURRENT"
  rm -rf "$WORK"
}
trap cleanup EXIT
JAR=${JAR:-$(packaged_jar)}
echo "jar: $JAR; $(nproc) cores"

PORT=$(free_port)
PGPORT=$(free_port)
t0=$(now_ms)
setsid java -jar "$JAR" "${KEPT_DATA_ARGS[@]}" "--server.port=$PORT" "--sankofa.embedded-database.data-directory=$DATA" \
  "--sankofa.embedded-database.port=$PGPORT" >"$WORK/app.log" 2>&1 </dev/null &
CURRENT=$!
wait_up "http://127.0.0.1:$PORT/actuator/health" "$CURRENT" || { tail -n 40 "$WORK/app.log" >&2; exit 1; }
echo "up in $(seconds $(($(now_ms) - t0))) s (including any migration)"
grep -E 'Migrating schema|Successfully applied' "$WORK/app.log" | sed 's/^.*: /   /' || true
psql_() { psql -X -q -h 127.0.0.1 -p "$PGPORT" -U postgres -d sankofa -v ON_ERROR_STOP=1 "$@"; }

read -r LOW HIGH < <(psql_ -At -F ' ' -c "select min(id), max(id) from case_file
  where office_id = (select id from office where code = 'SN-DKR')")
cat >"$WORK/writes.sql" <<SQL
\\set source random($LOW, $HIGH)
begin;
insert into case_file (case_number, office_id, status, identified_on, identified_country, identifying_office_id,
       referral_source, trafficking_status, sex, age_at_identification, age_estimated, citizenship, exploitation_types)
select 'BENCH-' || :client_id || '-' || id || '-' || random(), office_id, 'Active', identified_on, identified_country,
       identifying_office_id, referral_source, trafficking_status, sex, age_at_identification, age_estimated,
       citizenship, exploitation_types
  from case_file where id >= :source order by id limit 1
returning id \\gset new_
update case_file set status = 'FollowUp', sex = 'NonSpecifiedUnknown' where id = :new_id;
update case_file set updated_at = now() where id = :new_id;
rollback;
SQL
echo
printf "%-10s %8s %8s %8s %9s\n" "clients" "txns" "p50 ms" "p95 ms" "txn/s"
for c in ${CLIENTS//,/ }; do
  rm -f "$WORK"/pgbench_log.*
  out=$(cd "$WORK" && pgbench -n -M prepared -h 127.0.0.1 -p "$PGPORT" -U postgres -c "$c" -j "$c" \
    -t $(((TRANSACTIONS + c - 1) / c)) -l -f writes.sql sankofa 2>&1) || { echo "$out" >&2; exit 1; }
  tps=$(echo "$out" | sed -n 's/^tps = \([0-9.]*\).*/\1/p' | head -n 1)
  cat "$WORK"/pgbench_log.* | awk '{ print $3 }' | sort -n | awk -v c="$c" -v tps="$tps" \
    '{ a[NR] = $1 } END { i50 = int(NR * 0.5); i95 = int(NR * 0.95); if (i50 < 1) i50 = 1; if (i95 < 1) i95 = 1;
       printf "%-10d %8d %8.2f %8.2f %9.0f\n", c, NR, a[i50] / 1000, a[i95] / 1000, tps }'
done
echo
psql_ -c "select indexrelid::regclass as index, pg_size_pretty(pg_relation_size(indexrelid)) as size
            from pg_index where indrelid = 'case_file'::regclass order by pg_relation_size(indexrelid) desc"
psql_ -At -c "select 'case_list_facet: ' || count(*) || ' rows, ' || pg_size_pretty(pg_total_relation_size('case_list_facet'))
                || ', at most ' || (select max(n) from (select count(*) as n from case_list_facet group by office_id) x)
                || ' facets in one office' from case_list_facet" 2>/dev/null || echo "no case_list_facet (before V42)"
