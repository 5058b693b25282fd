#!/usr/bin/env bash
# Crash proof (docs/operations.md): at least 10,000 visit creations through the API from 50 concurrent clients, each
# with an Idempotency-Key and retried with it until acknowledged (crash.lua), while the JVM is killed with SIGKILL
# several times and started again. Then every acknowledged visit must be in the database and no key may have made
# two visits: the visits created during the run are exactly the acknowledged ones. H2 (default) or DB=postgresql.
#
#   mvn -DskipTests package && src/test/load/crash.sh          (VISITS=10000, CLIENTS=50, KILLS=4, DB, PORT, WORK)
#
# While a killed JVM starts again, wrk is paused (SIGSTOP/SIGCONT): its threads would otherwise spin on refused
# connections and slow the restart down. The requests in flight when the JVM dies get no answer; wrk sends them again
# with the same key after the restart.
source "$(dirname "$0")/lib.sh"
VISITS=${VISITS:-10000}
CLIENTS=${CLIENTS:-50}
KILLS=${KILLS:-4}
PG_PORT=${PG_PORT:-5453}
WORK=${WORK:-$(mktemp -d /tmp/asiointipiste-crash.XXXXXX)}
RESULTS=${RESULTS:-$PROJECT_DIR/target/load}
mkdir -p "$WORK/acks" "$RESULTS"
WRK_PID=""
trap '[ -n "$WRK_PID" ] && kill -CONT "$WRK_PID" 2>/dev/null; [ -n "$WRK_PID" ] && kill "$WRK_PID" 2>/dev/null; stop_started; [ "$DB" = postgresql ] && pg_remove' EXIT

[ "$DB" = postgresql ] && pg_start "$PG_PORT"
app_start "$WORK/app.log"
wait_ready "$BASE" 900
tokens
RUN=$(date +%s)
visit_ids() { sql "SELECT id FROM visit" | tr -d ' ' | grep -E '^[0-9]+$' | sort -u; }
visit_ids > "$WORK/before-ids.txt"
before=$(wc -l < "$WORK/before-ids.txt")
log "visits before the run: $before"

CRASH_OUT="$WORK/acks" CRASH_RUN="$RUN" wrk -t"$CLIENTS" -c"$CLIENTS" -d1800s --timeout 10s -s "$LOAD_DIR/crash.lua" \
    "$BASE" -- "$CLERK_TOKEN" "$POINT_IDS" $(( (VISITS + CLIENTS - 1) / CLIENTS )) > "$WORK/wrk.txt" 2>&1 &
WRK_PID=$!
# The kills are spread over the run: the k-th when about k/(KILLS+1) of the visits are acknowledged, and at least
# 10 s after the application was ready again (a little random, so they hit different moments of the requests).
acked() { cat "$WORK"/acks/*.txt 2>/dev/null | wc -l; }
for k in $(seq 1 "$KILLS"); do
    sleep $(( 10 + RANDOM % 10 ))
    while kill -0 "$WRK_PID" 2>/dev/null && [ "$(acked)" -lt $(( k * VISITS / (KILLS + 1) )) ]; do sleep 0.5; done
    kill -0 "$WRK_PID" 2>/dev/null || break
    acked=$(acked)
    app_kill
    kill -STOP "$WRK_PID"
    log "kill $k at $acked acknowledged visits; restarting"
    app_start "$WORK/app.log"
    wait_ready "$BASE" 900
    kill -CONT "$WRK_PID"
done
# wrk runs for its whole -d even when every thread has stopped: interrupt it (it then reports) once all are acknowledged.
while kill -0 "$WRK_PID" 2>/dev/null && [ "$(acked)" -lt $(( (VISITS + CLIENTS - 1) / CLIENTS * CLIENTS )) ]; do sleep 1; done
kill -INT "$WRK_PID" 2>/dev/null || true
wait "$WRK_PID" || true
WRK_PID=""
cat "$WORK/wrk.txt"
app_stop

cat "$WORK"/acks/*.txt | sort > "$WORK/acked.txt"
cut -d' ' -f2 "$WORK/acked.txt" | sort -n > "$WORK/acked-ids.txt"
# the visits created during the run: every visit now that was not there before (nothing else creates visits meanwhile)
visit_ids > "$WORK/after-ids.txt"
comm -13 "$WORK/before-ids.txt" "$WORK/after-ids.txt" > "$WORK/db-ids.txt"
keys=$(cut -d' ' -f1 "$WORK/acked.txt" | sort -u | wc -l)
acks=$(wc -l < "$WORK/acked.txt")
distinct_ids=$(sort -u "$WORK/acked-ids.txt" | wc -l)
in_db=$(wc -l < "$WORK/db-ids.txt")
lost=$(comm -23 <(sort -u "$WORK/acked-ids.txt") <(sort -u "$WORK/db-ids.txt") | wc -l)
extra=$(comm -13 <(sort -u "$WORK/acked-ids.txt") <(sort -u "$WORK/db-ids.txt") | wc -l)
after=$(wc -l < "$WORK/after-ids.txt")
kept=$(sql "SELECT COUNT(*) FROM api_idempotency WHERE idem_key LIKE 'crash-$RUN-%' AND status = 201" | tr -d ' ')
{
    echo "# crash run on $DB: $CLIENTS clients, $KILLS SIGKILLs, $(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "keys acknowledged: $keys (acknowledgements $acks, distinct visit ids in them $distinct_ids)"
    echo "visits created during the run (database): $in_db; all visits before $before, after $after"
    echo "kept idempotency answers of the run: $kept"
    echo "acknowledged but not in the database (lost): $lost"
    echo "in the database but never acknowledged (duplicates or unacknowledged): $extra"
    grep '^acknowledged' "$WORK/wrk.txt" || true
} | tee "$RESULTS/crash-$DB.txt"
[ "$lost" -eq 0 ] && [ "$extra" -eq 0 ] && [ "$keys" -eq "$distinct_ids" ] && [ "$keys" -ge "$VISITS" ]
