#!/usr/bin/env bash
# Lost-update proof (docs/operations.md): 1,000 pairs of concurrent edits of one visit through the API (LostUpdates.java)
# on one node, H2 (default) or DB=postgresql. Loopback only; stops everything it started.
#
#   mvn -DskipTests package && src/test/load/lost-updates.sh      (PAIRS=1000, DB, PORT, WORK, PG_PORT)
source "$(dirname "$0")/lib.sh"
PAIRS=${PAIRS:-1000}
PG_PORT=${PG_PORT:-5454}
WORK=${WORK:-$(mktemp -d /tmp/asiointipiste-lost.XXXXXX)}
RESULTS=${RESULTS:-$PROJECT_DIR/target/load}
mkdir -p "$WORK" "$RESULTS"
trap 'stop_started; [ "$DB" = postgresql ] && pg_remove' EXIT

[ "$DB" = postgresql ] && pg_start "$PG_PORT"
app_start "$WORK/app.log"
wait_ready "$BASE" 900
tokens
set +e
{
    echo "# lost updates on $DB, $(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg)"
    java "$LOAD_DIR/LostUpdates.java" "$BASE" "$CLERK_TOKEN" "${POINT_IDS%%,*}" "$PAIRS"
} | tee "$RESULTS/lost-updates-$DB.txt"
exit "${PIPESTATUS[0]}"
