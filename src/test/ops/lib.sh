#!/usr/bin/env bash
# Shared helpers of the operations proofs (src/test/ops/*.sh). Everything runs on 127.0.0.1 only, in a work directory
# of its own, and every process started here is stopped by its PID when the script ends.
set -euo pipefail

OPS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PROJECT_DIR="$(cd "$OPS_DIR/../../.." && pwd)"
PG_BIN="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)}"
WAR="${WAR:-$PROJECT_DIR/target/asiointipiste.war}"
MICRO_JAR="${MICRO_JAR:-$PROJECT_DIR/target/payara-micro.jar}"
[ -f "$MICRO_JAR" ] || MICRO_JAR="$HOME/.m2/repository/fish/payara/extras/payara-micro/6.2025.10/payara-micro-6.2025.10.jar"
STARTED_PIDS=()

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# A throwaway PostgreSQL cluster of our own (never the machine's shared one): pg_start PORT creates it on first use
# in $WORK/pg with role and database asiointipiste (password asiointipiste) and the application's role asiointipiste_app
# (password asiointipiste-app), and starts it.
pg_start() {
    local port=$1
    PG_PORT=$port
    PG_DATA="$WORK/pg/data"
    if [ ! -d "$PG_DATA" ]; then
        mkdir -p "$WORK/pg"
        # mktemp -d makes the work folder private (0700): the postgres user must be able to pass through it.
        [ "$(id -u)" -eq 0 ] && chmod o+x "$WORK" && chown postgres "$WORK/pg"
        as_postgres "$PG_BIN/initdb" -D "$PG_DATA" -A trust -U postgres >/dev/null
        as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -o "-p $port -k $WORK/pg -c listen_addresses=127.0.0.1" \
            -l "$WORK/pg/postgresql.log" -w start >/dev/null
        as_postgres "$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -qc "CREATE USER asiointipiste PASSWORD 'asiointipiste'"
        as_postgres "$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -qc "CREATE DATABASE asiointipiste OWNER asiointipiste"
    else
        as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -o "-p $port -k $WORK/pg -c listen_addresses=127.0.0.1" \
            -l "$WORK/pg/postgresql.log" -w start >/dev/null
    fi
    # The application's own login role (docs/security.md): the owner asiointipiste migrates and grants it its rights.
    as_postgres "$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -qtc "SELECT 1 FROM pg_roles WHERE rolname = 'asiointipiste_app'" \
        | grep -q 1 || as_postgres "$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -qc "CREATE ROLE asiointipiste_app LOGIN PASSWORD 'asiointipiste-app'"
    log "PostgreSQL up on 127.0.0.1:$port ($PG_DATA)"
}

# Stops it like `pg_ctlcluster VERSION CLUSTER stop` does (fast: open sessions are ended, no new ones accepted).
pg_stop() {
    as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null
    log "PostgreSQL stopped"
}

pg_remove() {
    as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$WORK/pg"
}

# node_start NAME HTTP_PORT LOGFILE [payara-micro options...]: one Payara Micro with the application on PostgreSQL (as
# the role asiointipiste_app; the owner asiointipiste migrates).
# NODE_JAVA_OPTS may add system properties (the demo mode, pool settings).
node_start() {
    local name=$1 port=$2 logfile=$3
    shift 3
    java -Xmx768m ${NODE_JAVA_OPTS:-} \
        -Dasiointipiste.db.datasource-class=org.postgresql.ds.PGSimpleDataSource \
        "-Dasiointipiste.db.url=jdbc:postgresql://127.0.0.1:$PG_PORT/asiointipiste?connectTimeout=3&socketTimeout=30&tcpKeepAlive=true&ApplicationName=asiointipiste-$name" \
        -Dasiointipiste.db.user=asiointipiste_app -Dasiointipiste.db.password=asiointipiste-app \
        -Dasiointipiste.db.owner-user=asiointipiste -Dasiointipiste.db.owner-password=asiointipiste \
        -jar "$MICRO_JAR" --deploy "$WAR" --contextroot / --port "$port" --name "$name" --disablephonehome \
        --prebootcommandfile "$PROJECT_DIR/config/pre-boot-commands.asadmin" "$@" >"$logfile" 2>&1 &
    local pid=$!
    STARTED_PIDS+=("$pid")
    eval "NODE_PID_$name=$pid"
    log "node $name starting on 127.0.0.1:$port (pid $pid, log $logfile)"
}

# wait_ready URL SECONDS: until /health/ready answers UP.
wait_ready() {
    local url=$1 limit=$2 start=$SECONDS
    until curl -sf -m 2 "$url/health/ready" 2>/dev/null | grep -q '"status":"UP"'; do
        if (( SECONDS - start > limit )); then
            log "not ready after ${limit}s: $url"
            return 1
        fi
        sleep 2
    done
    log "ready after $((SECONDS - start))s: $url"
}

stop_started() {
    local pid
    for pid in "${STARTED_PIDS[@]:-}"; do
        [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
    done
    for pid in "${STARTED_PIDS[@]:-}"; do
        [ -n "$pid" ] && timeout 30 tail --pid="$pid" -f /dev/null 2>/dev/null || { [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true; }
    done
}

# Another system creating visits through the API during a proof (node loss, database outage): api_visits_prepare
# BASE_URL VISITS CLIENTS issues a CLERK token for `kela` (every point) through the admin API; api_visits_go starts wrk
# with src/test/load/crash.lua in the background: each visit has its own Idempotency-Key and is sent again with it until
# acknowledged (201). api_visits_check then compares the acknowledged visits with the database (PostgreSQL at
# $PG_PORT): every acknowledged visit there (none lost), no visit there that was not acknowledged (no duplicate), one
# visit per key. Nothing else may create visits meanwhile.
pg_visit_ids() {
    PGPASSWORD=asiointipiste psql -h 127.0.0.1 -p "$PG_PORT" -U asiointipiste -d asiointipiste -At -c "SELECT id FROM visit" | sort -u
}

api_visits_prepare() { # BASE_URL VISITS CLIENTS: the token and the visits before, ahead of the moment to start
    API_BASE=$1 API_VISITS=$2 API_CLIENTS=$3
    API_POINTS=$(curl -sf -u admin:asiointipiste -H 'Accept: application/json' "$API_BASE/api/service-points" \
        | python3 -c "import json,sys; print(','.join(str(p['id']) for p in json.load(sys.stdin)))")
    API_TOKEN=$(curl -sf -u admin:asiointipiste -H 'Content-Type: application/json' -H 'Accept: application/json' \
        -d "{\"username\": \"kela\", \"label\": \"proof $(date -u +%FT%T)\", \"roles\": [\"CLERK\"], \"servicePointIds\": [$API_POINTS]}" \
        "$API_BASE/api/admin/api-tokens" | python3 -c "import json,sys; print(json.load(sys.stdin)['token'])")
    mkdir -p "$WORK/acks"
    pg_visit_ids > "$WORK/visits-before.txt"
}

api_visits_go() {
    CRASH_OUT="$WORK/acks" CRASH_RUN="proof$(date +%s)" wrk -t"$API_CLIENTS" -c"$API_CLIENTS" -d900s --timeout 10s \
        -s "$PROJECT_DIR/src/test/load/crash.lua" "$API_BASE" -- "$API_TOKEN" "$API_POINTS" \
        $(( (API_VISITS + API_CLIENTS - 1) / API_CLIENTS )) > "$WORK/api-visits.txt" 2>&1 &
    API_WRK_PID=$!
    STARTED_PIDS+=("$API_WRK_PID")
    log "an API client creates $API_VISITS visits with $API_CLIENTS connections through $API_BASE (wrk pid $API_WRK_PID)"
}

# api_visits_check SECONDS: waits at most SECONDS for the API client to finish, then compares; status 0 when the
# counts agree and every wanted visit was acknowledged.
api_visits_check() {
    local limit=$1 start=$SECONDS
    local wanted=$(( (API_VISITS + API_CLIENTS - 1) / API_CLIENTS * API_CLIENTS ))
    while kill -0 "$API_WRK_PID" 2>/dev/null && (( SECONDS - start < limit )) \
        && [ "$(cat "$WORK"/acks/*.txt 2>/dev/null | wc -l)" -lt "$wanted" ]; do sleep 2; done
    # wrk runs for its whole -d even when every thread has stopped; SIGINT ends it with its report
    kill -INT "$API_WRK_PID" 2>/dev/null || true
    wait "$API_WRK_PID" 2>/dev/null || true
    cat "$WORK"/acks/*.txt 2>/dev/null | sort > "$WORK/acked.txt"
    cut -d' ' -f2 "$WORK/acked.txt" | sort -u > "$WORK/acked-ids.txt"
    pg_visit_ids > "$WORK/visits-after.txt"
    comm -13 "$WORK/visits-before.txt" "$WORK/visits-after.txt" > "$WORK/visits-new.txt"
    local keys acks ids created lost extra
    keys=$(cut -d' ' -f1 "$WORK/acked.txt" | sort -u | wc -l)
    acks=$(wc -l < "$WORK/acked.txt")
    ids=$(wc -l < "$WORK/acked-ids.txt")
    created=$(wc -l < "$WORK/visits-new.txt")
    lost=$(comm -23 "$WORK/acked-ids.txt" "$WORK/visits-new.txt" | wc -l)
    extra=$(comm -13 "$WORK/acked-ids.txt" "$WORK/visits-new.txt" | wc -l)
    echo "== visits created through the API during the run"
    grep '^acknowledged' "$WORK/api-visits.txt" || echo "(the API client did not finish within ${limit}s)"
    echo "keys acknowledged: $keys of $API_VISITS wanted (acknowledgements $acks, distinct visit ids $ids)"
    echo "visits created in the database during the run: $created"
    echo "acknowledged but not in the database (lost): $lost"
    echo "in the database but never acknowledged (duplicates): $extra"
    [ "$lost" -eq 0 ] && [ "$extra" -eq 0 ] && [ "$keys" -eq "$ids" ] && [ "$keys" -ge "$API_VISITS" ]
}
