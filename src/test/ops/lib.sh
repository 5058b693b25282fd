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
# in $WORK/pg with role and database asiointipiste (password asiointipiste) and starts it.
pg_start() {
    local port=$1
    PG_PORT=$port
    PG_DATA="$WORK/pg/data"
    if [ ! -d "$PG_DATA" ]; then
        mkdir -p "$WORK/pg"
        [ "$(id -u)" -eq 0 ] && chown postgres "$WORK/pg"
        as_postgres "$PG_BIN/initdb" -D "$PG_DATA" -A trust -U postgres >/dev/null
        as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -o "-p $port -k $WORK/pg -c listen_addresses=127.0.0.1" \
            -l "$WORK/pg/postgresql.log" -w start >/dev/null
        as_postgres "$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -qc "CREATE USER asiointipiste PASSWORD 'asiointipiste'"
        as_postgres "$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -qc "CREATE DATABASE asiointipiste OWNER asiointipiste"
    else
        as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -o "-p $port -k $WORK/pg -c listen_addresses=127.0.0.1" \
            -l "$WORK/pg/postgresql.log" -w start >/dev/null
    fi
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

# node_start NAME HTTP_PORT LOGFILE [payara-micro options...]: one Payara Micro with the application on PostgreSQL.
# NODE_JAVA_OPTS may add system properties (the demo mode, pool settings).
node_start() {
    local name=$1 port=$2 logfile=$3
    shift 3
    java -Xmx768m ${NODE_JAVA_OPTS:-} \
        -Dasiointipiste.db.datasource-class=org.postgresql.ds.PGSimpleDataSource \
        "-Dasiointipiste.db.url=jdbc:postgresql://127.0.0.1:$PG_PORT/asiointipiste?connectTimeout=3&socketTimeout=30&tcpKeepAlive=true&ApplicationName=asiointipiste-$name" \
        -Dasiointipiste.db.user=asiointipiste -Dasiointipiste.db.password=asiointipiste \
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
