#!/usr/bin/env bash
# Where a request's time goes (issue 12): starts the packaged jar on generated data, and once it is up records a Java
# Flight Recording (the JDK's own profiler, `jcmd JFR.start`, settings=profile: CPU samples every 10 ms, with their
# stacks) while bench/CaseListBench.java drives the case list scenarios with CLIENTS clients; then turns the recording
# into a flame graph with async-profiler's converter (tools.profiler:jfr-converter from Maven Central) — an HTML page
# that opens in any browser, with search and zoom — written to OUT, and keeps the recording beside it (.jfr).
# Usage: DATA_DIR=/work/bench-data/1m bench/profile.sh
#        DATA_DIR=... CLIENTS=8 REQUESTS=2000 OUT=docs/profiles/case-list-1m.html bench/profile.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

CLIENTS=${CLIENTS:-8}
REQUESTS=${REQUESTS:-1000}
OUT=${OUT:-docs/profiles/case-list.html}
: "${DATA_DIR:?DATA_DIR must name a directory with generated cases}"
VERSION=4.2 # of async-profiler's converter
WORK=$(mktemp -d /tmp/sankofa-profile.XXXXXX)
CURRENT=""
cleanup() {
  [ -n "$CURRENT" ] && stop_group "$CURRENT"
  rm -rf "$WORK"
}
trap cleanup EXIT

CONVERTER=~/.m2/repository/tools/profiler/jfr-converter/$VERSION/jfr-converter-$VERSION.jar
[ -f "$CONVERTER" ] || ./mvnw -q -B dependency:get "-Dartifact=tools.profiler:jfr-converter:$VERSION"
JAR=${JAR:-$(packaged_jar)}
mkdir -p "$(dirname "$OUT")"
OUT_ABS=$(cd "$(dirname "$OUT")" && pwd)/$(basename "$OUT")

PORT=$(free_port)
setsid java -jar "$JAR" "${KEPT_DATA_ARGS[@]}" "--server.port=$PORT" "--sankofa.embedded-database.data-directory=$DATA_DIR/postgres" \
  >"$WORK/app.log" 2>&1 </dev/null &
CURRENT=$!
wait_up "http://127.0.0.1:$PORT/actuator/health" "$CURRENT" || { tail -n 40 "$WORK/app.log" >&2; exit 1; }
PID=$(pgrep -f -- "--server.port=$PORT" | head -n 1)
TOKEN=$(curl -fsS -X POST "http://127.0.0.1:$PORT/api/v1/tokens" -H 'Content-Type: application/json' \
  -d '{"username":"caseworker.dakar","password":"sankofa-demo"}' | sed -n 's/.*"token" *: *"\([^"]*\)".*/\1/p')
# a warm-up pass, not recorded (JIT compilation, caches), then the recorded one
java bench/CaseListBench.java "http://127.0.0.1:$PORT" "$TOKEN" "$CLIENTS" 200 20 >/dev/null || true
jcmd "$PID" JFR.start name=bench settings=profile "filename=$WORK/bench.jfr" >/dev/null
java bench/CaseListBench.java "http://127.0.0.1:$PORT" "$TOKEN" "$CLIENTS" "$REQUESTS" 60 || true
jcmd "$PID" JFR.stop name=bench >/dev/null
java -jar "$CONVERTER" --simple --title "Sankofa: the case list scenarios, $CLIENTS clients (CPU samples)" \
  "$WORK/bench.jfr" "$OUT_ABS"
cp "$WORK/bench.jfr" "${OUT_ABS%.html}.jfr"
[ -s "$OUT_ABS" ] && echo "flame graph: $OUT ($(du -h "$OUT_ABS" | cut -f1))" || { echo "no profile written" >&2; exit 1; }
