#!/usr/bin/env bash
# Load proof (docs/operations.md, "Load, crash and lost updates"): the desk's mix of API calls (mix.lua) from 50 and
# then 200 concurrent clients for a bounded time each, on one node, on H2 (the default) or PostgreSQL. Prints and keeps
# throughput and p50/p95/p99 per kind of request. Loopback only; stops everything it started.
#
#   mvn -DskipTests package && src/test/load/load.sh            (DB=postgresql, DURATION=60s, CLIENTS="50 200",
#                                                                 THINK_MS=0, WARMUP=30s, PORT, WORK, PG_PORT, JFR may be set)
# THINK_MS=0 (the default) is the closed loop: every client sends its next request as soon as the answer arrives, so
# the run measures saturation. THINK_MS=1000 paces each client like a busy desk (0.5-1.5 s before each request; see
# mix.lua). The warm-up is always a closed loop.
source "$(dirname "$0")/lib.sh"
DURATION=${DURATION:-60s}
CLIENTS=${CLIENTS:-"50 200"}
THINK_MS=${THINK_MS:-0}
WARMUP=${WARMUP:-30s}
PG_PORT=${PG_PORT:-5452}
WORK=${WORK:-$(mktemp -d /tmp/asiointipiste-load.XXXXXX)}
RESULTS=${RESULTS:-$PROJECT_DIR/target/load}
mkdir -p "$WORK" "$RESULTS"
trap 'stop_started; [ "$DB" = postgresql ] && pg_remove' EXIT

[ "$DB" = postgresql ] && pg_start "$PG_PORT"
app_start "$WORK/app.log"
wait_ready "$BASE" 900
tokens

mix() {
    local clients=$1 duration=$2 out=$3
    MIX_OUT="$out" THINK_MS="${4:-0}" wrk -t"$clients" -c"$clients" -d"$duration" --timeout 10s -s "$LOAD_DIR/mix.lua" "$BASE" -- \
        "$CLERK_TOKEN" "$SUPERVISOR_TOKEN" "$POINT_IDS" "$KIOSK_TOKENS"
}

log "warm-up: 20 clients, $WARMUP, closed loop (not counted)"
mix 20 "$WARMUP" "$WORK/warmup.txt" 0 >/dev/null
log "warm-up: $(sed -n 's/^all: \([0-9]*\) requests.*/\1/p' "$WORK/warmup.txt") requests"
# JFR=FILE: a Java Flight Recorder profile of the measured runs only (not start-up or warm-up), written to FILE when
# they end (JFR's low-overhead default settings); read it with `jfr print --events jdk.ExecutionSample FILE`.
if [ -n "${JFR:-}" ]; then
    jcmd "$APP_PID" JFR.start name=load settings=default filename="$JFR" >/dev/null
    log "JFR recording to $JFR"
fi
# CPU seconds (user + system) the server process has used: on a machine shared with other work the wall-clock
# latencies depend on the others, the server's CPU per request does not.
server_cpu() { awk '{print ($14+$15)/100}' "/proc/$APP_PID/stat"; }
suffix=""
[ "$THINK_MS" -gt 0 ] && suffix="-think$THINK_MS"
for c in $CLIENTS; do
    log "mix: $c clients, $DURATION"
    cpu_before=$(server_cpu)
    {
        echo "# $DB, $c clients, think time $THINK_MS ms, $DURATION, $(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
        mix "$c" "$DURATION" "$WORK/mix-$c.txt" "$THINK_MS"
    } | tee "$RESULTS/$DB-$c$suffix.txt"
    cpu_after=$(server_cpu)
    requests=$(sed -n 's/^all: \([0-9]*\) requests.*/\1/p' "$WORK/mix-$c.txt")
    echo "server CPU in this run: $(awk -v a="$cpu_after" -v b="$cpu_before" -v n="$requests" \
        'BEGIN { printf "%.1f s for %d requests = %.1f ms per request", a - b, n, n ? (a - b) * 1000 / n : 0 }'); load average at the end $(cut -d' ' -f1-3 /proc/loadavg)" \
        | tee -a "$RESULTS/$DB-$c$suffix.txt"
done
[ -n "${JFR:-}" ] && jcmd "$APP_PID" JFR.stop name=load >/dev/null && log "JFR recording written to $JFR"
echo "server log: $(grep -c SEVERE "$WORK/app.log" || true) SEVERE lines; work directory: $WORK"
