#!/usr/bin/env bash
# Audit appends per second with one chain (before migration V41) and with sixteen (after), the same SQL an append runs
# (lock and read a head until commit, insert the entry, move the head on), with pgbench at 1, 8 and 32 concurrent
# clients — each client a viewer whose view is being recorded. Runs on a throw-away PostgreSQL cluster of its own
# (initdb in a temporary directory), never on Sankofa's data.
# Usage: bench/audit-appends.sh            (SECONDS_PER_RUN=15 CLIENTS="1 8 32" by default)
# Measures; asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

SECONDS_PER_RUN=${SECONDS_PER_RUN:-15}
CLIENTS=${CLIENTS:-"1 8 32"}
BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
WORK=$(mktemp -d /tmp/sankofa-bench-audit.XXXXXX)
PORT=$(free_port)
cleanup() {
  "$BIN/pg_ctl" -D "$WORK/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
if [ "$(id -u)" = 0 ]; then
  chown -R postgres "$WORK"
  AS=(runuser -u postgres --)
else
  AS=()
fi
"${AS[@]}" "$BIN/initdb" -D "$WORK/data" -U postgres --auth=trust >/dev/null
"${AS[@]}" "$BIN/pg_ctl" -D "$WORK/data" -o "-p $PORT -k $WORK -c max_connections=100 -c shared_buffers=128MB" \
  -l "$WORK/pg.log" start >/dev/null
psql=("${AS[@]}" psql -h "$WORK" -p "$PORT" -U postgres -q -v ON_ERROR_STOP=1)
"${psql[@]}" <<'SQL'
create table entry_one (id bigserial primary key, chain smallint not null, seq bigint not null,
  occurred_at timestamptz not null, actor varchar(60), action varchar(60) not null, details text,
  prev_hash char(64) not null, hash char(64) not null, unique (chain, seq));
create table head_one (id integer primary key, last_seq bigint not null, last_hash char(64) not null);
insert into head_one values (1, 0, repeat('0', 64));
create table entry_sixteen (like entry_one including all);
create table head_sixteen (like head_one including all);
insert into head_sixteen select c, 0, repeat('0', 64) from generate_series(1, 16) c;
SQL
cat >"$WORK/one.sql" <<'SQL'
begin;
select 1 as chain, last_seq as seq, last_hash as prev from head_one where id = 1 for update \gset
insert into entry_one (chain, seq, occurred_at, actor, action, details, prev_hash, hash)
  values (:chain, :seq + 1, now(), 'bench.viewer', 'CASE_VIEWED', 'via=search', ':prev', md5(random()::text) || md5(random()::text));
update head_one set last_seq = :seq + 1, last_hash = md5(random()::text) || md5(random()::text) where id = :chain;
end;
SQL
cat >"$WORK/sixteen.sql" <<'SQL'
begin;
select coalesce((select id from head_sixteen order by id limit 1 for update skip locked), 1 + floor(random() * 16)::int) as chain \gset
select last_seq as seq, last_hash as prev from head_sixteen where id = :chain for update \gset
insert into entry_sixteen (chain, seq, occurred_at, actor, action, details, prev_hash, hash)
  values (:chain, :seq + 1, now(), 'bench.viewer', 'CASE_VIEWED', 'via=search', ':prev', md5(random()::text) || md5(random()::text));
update head_sixteen set last_seq = :seq + 1, last_hash = md5(random()::text) || md5(random()::text) where id = :chain;
end;
SQL
chmod a+r "$WORK"/*.sql
echo "PostgreSQL $("$BIN/postgres" --version | awk '{print $3}'), $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg), ${SECONDS_PER_RUN} s per run"
echo "| clients | one chain: appends/s | latency avg | sixteen chains: appends/s | latency avg |"
echo "| --- | --- | --- | --- | --- |"
for c in $CLIENTS; do
  one=$("${AS[@]}" pgbench -h "$WORK" -p "$PORT" -U postgres -n -c "$c" -j "$c" -T "$SECONDS_PER_RUN" -f "$WORK/one.sql" postgres 2>&1)
  six=$("${AS[@]}" pgbench -h "$WORK" -p "$PORT" -U postgres -n -c "$c" -j "$c" -T "$SECONDS_PER_RUN" -f "$WORK/sixteen.sql" postgres 2>&1)
  tps() { awk '/^tps/ { printf "%.0f", $3 }' <<<"$1"; }
  lat() { awk '/^latency average/ { print $4 " " $5 }' <<<"$1"; }
  echo "| $c | $(tps "$one") | $(lat "$one") | $(tps "$six") | $(lat "$six") |"
done
"${psql[@]}" -c "select (select count(*) from entry_one) as one, (select count(*) from entry_sixteen) as sixteen, (select count(distinct chain) from entry_sixteen) as chains_used" 
