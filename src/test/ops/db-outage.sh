#!/usr/bin/env bash
# Database-outage proof (docs/operations.md, "Database outage"): one node on a PostgreSQL of its own, light load
# (OutageProbe.java), PostgreSQL stopped for 60 s (pg_ctl stop -m fast, what `pg_ctlcluster ... stop` does) and started
# again. Expects answers within 5 s throughout (the translated 503 page, 503 problem documents, readiness DOWN), no
# stack traces, and recovery without a restart. Meanwhile another system creates API_VISITS visits through the API
# (src/test/load/crash.lua: an Idempotency-Key each, retried until acknowledged); afterwards every acknowledged visit
# must be in the database once and no other visit may have been made (api_visits_check in lib.sh). Loopback only;
# stops everything it started.
#
#   mvn -DskipTests package && src/test/ops/db-outage.sh      (PORT, PG_PORT, WORK, CLIENTS, API_VISITS=3000,
#                                                               API_CLIENTS=10 may be set; API_VISITS=0: no API client)
source "$(dirname "$0")/lib.sh"
PORT=${PORT:-8815}
PG_PORT=${PG_PORT:-5442}
WORK=${WORK:-$(mktemp -d /tmp/asiointipiste-outage.XXXXXX)}
CLIENTS=${CLIENTS:-4}
OUTAGE_SECONDS=${OUTAGE_SECONDS:-60}
API_VISITS=${API_VISITS:-3000}
API_CLIENTS=${API_CLIENTS:-10}
mkdir -p "$WORK"
trap 'stop_started; pg_remove' EXIT

pg_start "$PG_PORT"
# The production pool settings of config/production.properties, in demo mode (users and visits to work with).
NODE_JAVA_OPTS="-Dasiointipiste.mode=demo -Dasiointipiste.demo.visits=2000 -Dasiointipiste.db.pool.max-wait-millis=3000 -Dasiointipiste.db.pool.statement-timeout-seconds=60"
node_start outage "$PORT" "$WORK/node.log" --nohazelcast --logproperties "$PROJECT_DIR/config/logging.properties"
wait_ready "http://127.0.0.1:$PORT" 600

STOP="$(declare -f as_postgres); as_postgres $PG_BIN/pg_ctl -D $PG_DATA -m fast -w stop"
START="$(declare -f as_postgres); as_postgres $PG_BIN/pg_ctl -D $PG_DATA -o '-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1' -l $WORK/pg/postgresql.log -w start"
lines_before=$(wc -l < "$WORK/node.log")
if [ "$API_VISITS" -gt 0 ]; then
    api_visits_prepare "http://127.0.0.1:$PORT" "$API_VISITS" "$API_CLIENTS"
    api_visits_go
fi
set +e
java "$OPS_DIR/OutageProbe.java" "http://127.0.0.1:$PORT" clerk asiointipiste "$CLIENTS" $((OUTAGE_SECONDS + 60)) 20 $((20 + OUTAGE_SECONDS)) \
    "$STOP" "$START" clerk2 kela | tee "$WORK/probe.txt"
result=${PIPESTATUS[0]}
if [ "$API_VISITS" -gt 0 ]; then
    api_visits_check 900 > "$WORK/api-visits-check.txt" || result=1
    cat "$WORK/api-visits-check.txt"
fi
set -e

pid=${NODE_PID_outage}
echo "== after the run"
echo "HTTP worker threads inside the PostgreSQL driver: $(jstack "$pid" | grep -A 12 '^"http-thread-pool' | grep -c 'org.postgresql' || true)"
tail -n +$((lines_before + 1)) "$WORK/node.log" > "$WORK/node-during-probe.log"
echo "server log lines written during the run: $(wc -l < "$WORK/node-during-probe.log"), with a stack trace: $(grep -c '\\tat ' "$WORK/node-during-probe.log" || true)"
echo "outage warnings (one line, at most every 10 s): $(grep -c 'Database unavailable, answered 503' "$WORK/node-during-probe.log" || true)"
grep -o '"Level":"[A-Z]*\|"LogMessage":"[^"]*' "$WORK/node-during-probe.log" | paste - - | cut -c1-300 | sort | uniq -c | sort -rn | head -12 || true
echo "work directory: $WORK"
exit "$result"
