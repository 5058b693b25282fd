#!/usr/bin/env bash
# Shared helpers of the load, crash and lost-update runs (src/test/load/*.sh): one Payara Micro with the application on
# 127.0.0.1 (H2 file database or a throwaway PostgreSQL cluster of the run's own, from src/test/ops/lib.sh), demo
# data, API tokens made through the admin API. Traffic goes to loopback only; everything started is stopped by PID.
source "$(dirname "${BASH_SOURCE[0]}")/../ops/lib.sh"
LOAD_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PORT=${PORT:-8825}
BASE="http://127.0.0.1:$PORT"
DB=${DB:-h2}
APP_PID=""

# app_start LOGFILE: the application in demo mode (DEMO_VISITS past visits) on $DB; the H2 file or the PostgreSQL
# cluster lives in $WORK, so a restart after a crash finds the same data. The application connects as its own user
# asiointipiste_app (audit trail: insert and read only); the owner (sa on H2, asiointipiste on PostgreSQL) migrates.
app_start() {
    local logfile=$1 db_opts
    if [ "$DB" = postgresql ]; then
        db_opts=(-Dasiointipiste.db.datasource-class=org.postgresql.ds.PGSimpleDataSource
            "-Dasiointipiste.db.url=jdbc:postgresql://127.0.0.1:$PG_PORT/asiointipiste?connectTimeout=3&socketTimeout=30&tcpKeepAlive=true&ApplicationName=asiointipiste-load"
            -Dasiointipiste.db.user=asiointipiste_app -Dasiointipiste.db.password=asiointipiste-app
            -Dasiointipiste.db.owner-user=asiointipiste -Dasiointipiste.db.owner-password=asiointipiste)
    else
        db_opts=(-Dasiointipiste.db.datasource-class=org.h2.jdbcx.JdbcDataSource
            "-Dasiointipiste.db.url=jdbc:h2:file:$WORK/h2/asiointipiste;IFEXISTS=TRUE;AUTO_SERVER=TRUE"
            -Dasiointipiste.db.user=asiointipiste_app -Dasiointipiste.db.password=asiointipiste-app
            "-Dasiointipiste.db.owner-url=jdbc:h2:file:$WORK/h2/asiointipiste;WRITE_DELAY=0;AUTO_SERVER=TRUE"
            -Dasiointipiste.db.owner-user=sa -Dasiointipiste.db.owner-password=sa)
    fi
    setsid java -Xmx${HEAP:-1g} -Dasiointipiste.mode=demo -Dasiointipiste.demo.visits=${DEMO_VISITS:-3000} \
        "${db_opts[@]}" ${APP_JAVA_OPTS:-} \
        -jar "$MICRO_JAR" --deploy "$WAR" --contextroot / --port "$PORT" --nohazelcast --disablephonehome \
        --prebootcommandfile "$PROJECT_DIR/config/pre-boot-commands.asadmin" \
        --logproperties "$PROJECT_DIR/config/logging.properties" >>"$logfile" 2>&1 &
    APP_PID=$!
    STARTED_PIDS+=("$APP_PID")
    log "application starting on $BASE ($DB, pid $APP_PID)"
}

# app_kill: SIGKILL, as a crash: no shutdown hook, no flush.
app_kill() {
    kill -9 "$APP_PID" 2>/dev/null || true
    while kill -0 "$APP_PID" 2>/dev/null; do sleep 0.2; done
    log "application killed (SIGKILL, pid $APP_PID)"
}

app_stop() {
    kill "$APP_PID" 2>/dev/null || true
    timeout 60 tail --pid="$APP_PID" -f /dev/null 2>/dev/null || kill -9 "$APP_PID" 2>/dev/null || true
    log "application stopped"
}

# json FIELD: reads one top-level member of the JSON on stdin.
json() { python3 -c "import json,sys; print(json.load(sys.stdin)['$1'])"; }

admin() { curl -sf -u admin:asiointipiste -H 'Content-Type: application/json' -H 'Accept: application/json' "$@"; }

# tokens: CLERK_TOKEN (kela: a clerk at every point), SUPERVISOR_TOKEN, POINT_IDS and KIOSK_TOKENS (one per point).
tokens() {
    POINT_IDS=$(admin "$BASE/api/service-points" | python3 -c "import json,sys; print(','.join(str(p['id']) for p in json.load(sys.stdin)))")
    CLERK_TOKEN=$(admin -d "{\"username\": \"kela\", \"label\": \"load run $(date -u +%FT%T)\", \"roles\": [\"CLERK\"], \"servicePointIds\": [$POINT_IDS]}" "$BASE/api/admin/api-tokens" | json token)
    SUPERVISOR_TOKEN=$(admin -d "{\"username\": \"supervisor\", \"label\": \"load run $(date -u +%FT%T)\", \"roles\": [\"SUPERVISOR\"], \"servicePointIds\": [$POINT_IDS]}" "$BASE/api/admin/api-tokens" | json token)
    KIOSK_TOKENS=""
    local p
    for p in ${POINT_IDS//,/ }; do
        KIOSK_TOKENS="$KIOSK_TOKENS${KIOSK_TOKENS:+,}$(admin -d "{\"servicePointId\": $p, \"label\": \"load kiosk $p\"}" "$BASE/api/admin/kiosk-tokens" | json token)"
    done
    log "tokens issued for points $POINT_IDS"
}

# sql QUERY: one query on the run's database, result rows on stdout. The application may be running: H2 is opened with
# AUTO_SERVER=TRUE (the first process that opens the file serves it to the others over loopback TCP).
sql() {
    if [ "$DB" = postgresql ]; then
        PGPASSWORD=asiointipiste psql -h 127.0.0.1 -p "$PG_PORT" -U asiointipiste -d asiointipiste -At -c "$1"
    else
        java -cp "$HOME/.m2/repository/com/h2database/h2/2.3.232/h2-2.3.232.jar" org.h2.tools.Shell \
            -url "jdbc:h2:file:$WORK/h2/asiointipiste;AUTO_SERVER=TRUE" -user sa -password sa -sql "$1" | sed '1d;$d'
    fi
}
