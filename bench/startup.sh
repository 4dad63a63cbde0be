#!/usr/bin/env bash
# Start-up time of Sankofa: from launching the command until /actuator/health reports UP.
#   cold: a fresh embedded database directory (the first start creates PostgreSQL's files, runs Flyway and
#         loads the demo world); warm: the same directory again (data already there).
# Measured for `./mvnw spring-boot:run` and for `java -jar target/sankofa-*.jar`, RUNS times each (median shown).
# The embedded database goes to a temporary directory (not ./data), so a developer's data is left alone.
# Usage: bench/startup.sh            (RUNS=3 bench/startup.sh for medians of three)
# Measures; asserts nothing. The budget (DESIGN §6) is under 60 s once dependencies are downloaded.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

RUNS=${RUNS:-1}
WORK=$(mktemp -d /tmp/sankofa-bench-startup.XXXXXX)
CURRENT=""
cleanup() {
  [ -n "$CURRENT" ] && stop_group "$CURRENT"
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "preparing: compiling and packaging once, so that only start-up is measured"
./mvnw -q -B -ntp package -DskipTests
JAR=$(packaged_jar)

# start KIND DATA_DIR: prints milliseconds until UP.
start() {
  local kind=$1 data=$2 port t0 pid
  port=$(free_port)
  t0=$(now_ms)
  if [ "$kind" = run ]; then
    setsid ./mvnw -q -B -ntp spring-boot:run \
      "-Dspring-boot.run.arguments=--server.port=$port --sankofa.embedded-database.data-directory=$data" \
      >"$WORK/app.log" 2>&1 </dev/null &
  else
    setsid java -jar "$JAR" "--server.port=$port" "--sankofa.embedded-database.data-directory=$data" \
      >"$WORK/app.log" 2>&1 </dev/null &
  fi
  pid=$!
  CURRENT=$pid
  if ! wait_up "http://127.0.0.1:$port/actuator/health" "$pid"; then
    tail -n 40 "$WORK/app.log" >&2
    exit 1
  fi
  echo $(($(now_ms) - t0))
  stop_group "$pid"
  CURRENT=""
}

declare -A results
for kind in run jar; do
  cold=()
  warm=()
  for run in $(seq 1 "$RUNS"); do
    data="$WORK/data-$kind-$run/postgres"
    cold+=("$(start "$kind" "$data")")
    warm+=("$(start "$kind" "$data")")
    rm -rf "$WORK/data-$kind-$run"
  done
  results[$kind-cold]=$(printf '%s\n' "${cold[@]}" | median)
  results[$kind-warm]=$(printf '%s\n' "${warm[@]}" | median)
  echo "$kind: cold ${cold[*]} ms, warm ${warm[*]} ms"
done

echo
echo "Start-up until /actuator/health is UP (median of $RUNS run(s)), $(date -u +%F), $(nproc) cores:"
printf '| %-30s | %10s | %10s |\n' "command" "cold (s)" "warm (s)"
printf '| %-30s | %10s | %10s |\n' "------------------------------" "----------" "----------"
for kind in run jar; do
  label=$([ "$kind" = run ] && echo './mvnw spring-boot:run' || echo 'java -jar target/sankofa-*.jar')
  printf '| %-30s | %10s | %10s |\n' "$label" "$(seconds "${results[$kind-cold]}")" "$(seconds "${results[$kind-warm]}")"
done
