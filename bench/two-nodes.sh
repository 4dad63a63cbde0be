#!/usr/bin/env bash
# Two nodes under load, one killed: starts an external PostgreSQL (Debian's `postgresql` binaries), two nodes of the
# packaged jar on it (demo mode forced on: node A loads the demo world, node B finds it there), and haproxy in front
# (Debian's `haproxy`, round-robin, retrying the other node when a connection fails). Then USERS concurrent users
# (bench/TwoNodesLoad.java, one session each) sign in through the proxy, browse the case list, register cases and
# record notes through the pages for DURATION seconds, every fourth user (a supervisor) also asking for each new case
# to be transferred to Conakry; half-way, node A is killed with kill -9. Reports:
#   - latency percentiles and errors before and after the kill, and whether sessions went on without a new sign-in;
#   - every write answered with success (case registered, note recorded) looked up in the database;
#   - background work: the scheduled overdue check's executions per node (from db-scheduler's log) and duplicates,
#     scheduled_tasks, the overdue alerts' unique rows;
#   - event listeners: rows left in event_publication, one office notice per transfer request acknowledged.
# Usage: bench/two-nodes.sh [DURATION]          (seconds, default 180; USERS=8)
#        USERS=4 bench/two-nodes.sh 60
#        KEEP_WORK=1 bench/two-nodes.sh           (keeps the logs and the data in /tmp/sankofa-two-nodes.*)
# Needs root (PostgreSQL runs as the postgres user; haproxy is installed with apt-get when missing). Everything
# listens on 127.0.0.1 only. Not part of the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

DURATION=${1:-180}
USERS=${USERS:-8}
[ "$(id -u)" = 0 ] || { echo "run as root (PostgreSQL runs as the postgres user, haproxy may need installing)" >&2; exit 1; }
if ! command -v haproxy >/dev/null || ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "installing haproxy and postgresql from Debian's packages"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy postgresql >/dev/null
fi
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
JAR=$(packaged_jar || true)
if [ -z "$JAR" ]; then
  echo "packaging the jar once (./mvnw -B -ntp -DskipTests package)"
  ./mvnw -q -B -ntp -DskipTests package
  JAR=$(packaged_jar)
fi
ROOT=$(pwd)

WORK=$(mktemp -d /tmp/sankofa-two-nodes.XXXXXX)
chmod 755 "$WORK"
NODE_A="" NODE_B="" PROXY="" PG_STARTED=""
cleanup() {
  [ -n "$NODE_A" ] && stop_group "$NODE_A"
  [ -n "$NODE_B" ] && stop_group "$NODE_B"
  [ -n "$PROXY" ] && kill "$PROXY" 2>/dev/null || true
  [ -n "$PG_STARTED" ] && runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$WORK/pgdata" -m fast -w stop >/dev/null 2>&1 || true
  if [ -n "${KEEP_WORK:-}" ]; then echo "logs and data kept in $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

echo "$(date -u '+%F %H:%M UTC'); $(nproc) cores, $(awk '/MemTotal/ { printf "%d GB", $2 / 1048576 }' /proc/meminfo); \
$(java -version 2>&1 | head -n 1); $("$PG_BIN/postgres" --version); $(haproxy -v | head -n 1); load average now: \
$(cut -d ' ' -f 1-3 /proc/loadavg)"
echo "jar: $JAR; $USERS users for $DURATION s, node A killed with kill -9 after $((DURATION / 2)) s"

# --- PostgreSQL -----------------------------------------------------------------------------------------------------
DB_PORT=$(free_port)
DB_PASSWORD="db-$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
mkdir -p "$WORK/pgdata" "$WORK/socket"
chown postgres "$WORK/pgdata" "$WORK/socket"
runuser -u postgres -- "$PG_BIN/initdb" -D "$WORK/pgdata" -U postgres -E UTF8 --locale=C.UTF-8 \
  --auth-local=trust --auth-host=scram-sha-256 >"$WORK/initdb.log" 2>&1
touch "$WORK/postgres.log" && chown postgres "$WORK/postgres.log"
runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$WORK/pgdata" -l "$WORK/postgres.log" -w -t 60 \
  -o "-p $DB_PORT -c listen_addresses=127.0.0.1 -k $WORK/socket" start >/dev/null
PG_STARTED=yes
psql_() { runuser -u postgres -- "$PG_BIN/psql" -X -h "$WORK/socket" -p "$DB_PORT" -U postgres -v ON_ERROR_STOP=1 "$@"; }
psql_ -q -c "create role sankofa login password '$DB_PASSWORD'" -c "create database sankofa owner sankofa"
echo "PostgreSQL on 127.0.0.1:$DB_PORT"

# --- two nodes ------------------------------------------------------------------------------------------------------
# The overdue follow-up check is asked for every 5 s (db-scheduler polls every 30 s), so that it has several
# executions to share out during the run; db-scheduler's debug log names each execution a node runs.
start_node() {
  local name=$1 port=$2
  mkdir -p "$WORK/$name"
  (
    cd "$WORK/$name"
    exec setsid env SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$DB_PORT/sankofa" \
      SPRING_DATASOURCE_USERNAME=sankofa SPRING_DATASOURCE_PASSWORD="$DB_PASSWORD" SANKOFA_DEMO=true \
      java -Xmx512m -jar "$ROOT/$JAR" "--server.port=$port" "--sankofa.follow-up.check-every=PT5S" \
      "--logging.level.com.github.kagkarlsson.scheduler.ExecutePicked=DEBUG" >"$WORK/$name.log" 2>&1 </dev/null
  ) &
  echo $!
}
PORT_A=$(free_port)
PORT_B=$(free_port)
t0=$(now_ms)
NODE_A=$(start_node node-a "$PORT_A")
wait_up "http://127.0.0.1:$PORT_A/actuator/health" "$NODE_A" || { tail -n 40 "$WORK/node-a.log" >&2; exit 1; }
echo "node A up on 127.0.0.1:$PORT_A (pid $NODE_A, demo world loaded) after $(seconds $(($(now_ms) - t0))) s"
t0=$(now_ms)
NODE_B=$(start_node node-b "$PORT_B")
wait_up "http://127.0.0.1:$PORT_B/actuator/health" "$NODE_B" || { tail -n 40 "$WORK/node-b.log" >&2; exit 1; }
echo "node B up on 127.0.0.1:$PORT_B (pid $NODE_B) after $(seconds $(($(now_ms) - t0))) s"

# --- haproxy --------------------------------------------------------------------------------------------------------
PROXY_PORT=$(free_port)
cat >"$WORK/haproxy.cfg" <<EOF
global
    maxconn 512
defaults
    mode http
    timeout connect 1s
    timeout client 30s
    timeout server 30s
    option forwardfor
    # a connection refused by a node is tried again on the other one (the request was not sent, so this is safe
    # for writes too); a request that a node dies while answering is not repeated and fails with 502.
    retries 3
    option redispatch 1
    retry-on conn-failure
frontend sankofa
    bind 127.0.0.1:$PROXY_PORT
    default_backend nodes
backend nodes
    balance roundrobin
    option httpchk GET /actuator/health
    server a 127.0.0.1:$PORT_A check inter 1s fall 2 rise 2
    server b 127.0.0.1:$PORT_B check inter 1s fall 2 rise 2
EOF
haproxy -f "$WORK/haproxy.cfg" -db >"$WORK/haproxy.log" 2>&1 </dev/null &
PROXY=$!
wait_up "http://127.0.0.1:$PROXY_PORT/actuator/health" "$PROXY" || { cat "$WORK/haproxy.log" >&2; exit 1; }
echo "haproxy on 127.0.0.1:$PROXY_PORT, round-robin over A and B"

# --- load, and the kill half-way --------------------------------------------------------------------------------------
echo
CONAKRY=$(psql_ -d sankofa -At -c "select id from office where code = 'GN-CKY'")
java bench/TwoNodesLoad.java "http://127.0.0.1:$PROXY_PORT" "$USERS" "$DURATION" "$WORK/killed-at" "$WORK" "$CONAKRY" \
  >"$WORK/load.txt" 2>&1 &
LOAD=$!
sleep $((DURATION / 2))
now_ms >"$WORK/killed-at"
kill -9 "$NODE_A"
echo "node A (pid $NODE_A, $(ps -o comm= -p "$NODE_A" 2>/dev/null || echo gone)) killed with kill -9 at $(date -u +%T)"
NODE_A=""
wait "$LOAD" || { cat "$WORK/load.txt" >&2; exit 1; }
cat "$WORK/load.txt"

# --- what the database says -------------------------------------------------------------------------------------------
sleep 5 # listeners running after the last commits
echo
echo "== writes acknowledged vs found, background work and listeners (PostgreSQL, after the run)"
psql_ -d sankofa -q <<EOF
create temp table acked_case (id bigint);
\copy acked_case from '$WORK/cases.txt'
create temp table acked_note (case_id bigint);
\copy acked_note from '$WORK/notes.txt'
create temp table acked_transfer (case_id bigint);
\copy acked_transfer from '$WORK/transfers.txt'
\pset footer off
select count(*) as cases_acknowledged, count(c.id) as found, count(*) - count(c.id) as lost
  from acked_case a left join case_file c on c.id = a.id;
select coalesce(sum(a.n), 0) as notes_acknowledged,
       coalesce(sum(least(a.n, coalesce(f.n, 0))), 0) as found,
       coalesce(sum(greatest(a.n - coalesce(f.n, 0), 0)), 0) as lost,
       coalesce(sum(greatest(coalesce(f.n, 0) - a.n, 0)), 0) as written_but_not_acknowledged
  from (select case_id, count(*) as n from acked_note group by case_id) a
  left join (select case_id, count(*) as n from case_note group by case_id) f using (case_id);
select task_name, task_instance, picked, picked_by, last_success, consecutive_failures from scheduled_tasks order by 1;
select count(*) as overdue_alerts, count(distinct visit_id) as visits_alerted,
       (select count(*) from case_follow_up_visit v join case_file c on c.id = v.case_id
         where v.visited_on is null and v.due_on < current_date and c.status not in ('Closed', 'ClosedReferred')
           and not exists (select 1 from follow_up_alert a where a.visit_id = v.id)) as overdue_without_alert
  from follow_up_alert;
select count(*) as event_publications_left, count(*) filter (where completion_date is null) as incomplete
  from event_publication;
select count(*) as transfer_requests_acknowledged, count(t.id) as found,
       count(*) filter (where n.notices = 1) as noticed_once,
       count(*) filter (where coalesce(n.notices, 0) = 0) as not_noticed,
       count(*) filter (where n.notices > 1) as noticed_twice_or_more
  from acked_transfer a
  left join case_transfer t on t.case_id = a.case_id
  left join case_file c on c.id = a.case_id
  left join (select case_number, count(*) as notices from office_notification where kind = 'TRANSFER_REQUESTED'
              group by case_number) n on n.case_number = c.case_number;
select count(*) as office_notices,
       (select count(*) from (select 1 from office_notification group by office_id, kind, case_number
         having count(*) > 1) d) as notices_written_twice
  from office_notification;
select count(*) as sessions_in_database from spring_session;
EOF
echo "executions of the overdue check per node (db-scheduler's debug log: started / finished):"
for node in node-a node-b; do
  echo "  $node: $(grep -c 'Executing: Execution: task=overdue-follow-ups' "$WORK/$node.log" || true) /" \
    "$(grep -c 'Execution done: Execution: task=overdue-follow-ups' "$WORK/$node.log" || true)"
done
dups=$(grep -ho 'Executing: Execution: task=overdue-follow-ups, id=[^,]*, executionTime=[^,]*' \
  "$WORK/node-a.log" "$WORK/node-b.log" | sort | uniq -d | wc -l)
echo "  executions started on both nodes (same task instance and execution time): $dups"
