# Shared helpers of the benchmark scripts (sourced, not run).

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 30000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  echo "no free port" >&2
  return 1
}

now_ms() { date +%s%3N; }

# wait_up URL PID: waits until URL reports UP; fails if PID dies or after 300 s.
wait_up() {
  local url=$1 pid=$2 started
  started=$(date +%s)
  until curl -fsS "$url" 2>/dev/null | grep -q '"status":"UP"'; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "the application stopped before it was UP" >&2
      return 1
    fi
    if [ $(($(date +%s) - started)) -ge 300 ]; then
      echo "not UP after 300 s" >&2
      return 1
    fi
    sleep 0.2
  done
}

# stop_group PID: stops a process started with setsid (its own process group) and everything it started.
stop_group() {
  local pid=$1
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do
    kill -0 "-$pid" 2>/dev/null || return 0
    sleep 0.5
  done
  kill -TERM "-$pid" 2>/dev/null || true
  sleep 2
  kill -KILL "-$pid" 2>/dev/null || true
}

median() { sort -n | awk '{ a[NR] = $1 } END { if (NR == 0) print "n/a"; else if (NR % 2) print a[(NR + 1) / 2]; else print int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

packaged_jar() {
  ls target/sankofa-*.jar 2>/dev/null | grep -v -- '-plain\.jar$' | head -n 1
}

seconds() { awk -v ms="$1" 'BEGIN { printf "%.1f", ms / 1000 }'; }

# Data kept between runs (DATA_DIR) outlives the build that made it: a later build may bring migrations numbered below
# the data's newest (branches merged in another order), which Flyway applies only when told to.
KEPT_DATA_ARGS=(--spring.flyway.out-of-order=true)
