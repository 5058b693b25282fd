#!/usr/bin/env bash
# Node-loss proof (docs/operations.md, "Two nodes on PostgreSQL behind a load balancer"): two nodes started with
# config/cluster/node-a.sh and node-b.sh on a PostgreSQL of their own, HAProxy with config/cluster/haproxy.cfg, all on
# 127.0.0.1 (ports moved out of the way of a running demo). SessionFailover.java signs in clerks through HAProxy, opens
# each session's push sockets (queue page and desks' board), checks that a walk-in posted on one node is pushed to a
# socket on the other, kills the node serving the first session with SIGKILL and checks that every session goes on,
# signed in, on the other node, and that its sockets can be opened again there.
# Meanwhile another system creates API_VISITS visits through the balancer with the API (src/test/load/crash.lua: an
# Idempotency-Key each, retried until acknowledged); afterwards every acknowledged visit must be in the database once
# and no other visit may have been made (api_visits_check in lib.sh). Stops everything it started.
#
#   mvn -DskipTests package && src/test/ops/two-nodes.sh     (PORT_A, PORT_B, PORT_LB, GRID_A, GRID_B, PG_PORT, WORK,
#                                                             API_VISITS=3000, API_CLIENTS=20; API_VISITS=0: none)
source "$(dirname "$0")/lib.sh"
PORT_A=${PORT_A:-8815}
PORT_B=${PORT_B:-8816}
PORT_LB=${PORT_LB:-8817}
GRID_A=${GRID_A:-5915}
GRID_B=${GRID_B:-5916}
PG_PORT=${PG_PORT:-5441}
SESSIONS=${SESSIONS:-6}
API_VISITS=${API_VISITS:-3000}
API_CLIENTS=${API_CLIENTS:-20}
WORK=${WORK:-$(mktemp -d /tmp/asiointipiste-two-nodes.XXXXXX)}
mkdir -p "$WORK"
trap 'stop_started; pg_remove' EXIT

pg_start "$PG_PORT"
# Application settings shared by both nodes: production's pool settings, demo mode for clerks to sign in with.
cat > "$WORK/cluster.properties" <<PROPERTIES
asiointipiste.mode=demo
asiointipiste.demo.visits=2000
asiointipiste.db.datasource-class=org.postgresql.ds.PGSimpleDataSource
asiointipiste.db.url=jdbc:postgresql://127.0.0.1:$PG_PORT/asiointipiste?connectTimeout=3&loginTimeout=5&socketTimeout=30&tcpKeepAlive=true&ApplicationName=asiointipiste
asiointipiste.db.user=asiointipiste
asiointipiste.db.pool.max-wait-millis=3000
asiointipiste.db.pool.statement-timeout-seconds=60
PROPERTIES
export ASIOINTIPISTE_DB_PASSWORD=asiointipiste
export PAYARA_MICRO_JAR="$MICRO_JAR" WAR SYSTEM_PROPERTIES="$WORK/cluster.properties" HEAP=768m
export MEMBERS="127.0.0.1:$GRID_A,127.0.0.1:$GRID_B" CLUSTER_NAME="asiointipiste-proof-$$"

start_node() { # start_node a|b HTTP_PORT GRID_PORT
    (cd "$PROJECT_DIR" && HTTP_PORT=$2 GRID_PORT=$3 exec "config/cluster/node-$1.sh") >"$WORK/node-$1.log" 2>&1 &
    STARTED_PIDS+=("$!")
    eval "NODE_PID_$1=$!"
    log "node $1 starting on 127.0.0.1:$2, data grid 127.0.0.1:$3 (pid $!)"
}

# One after the other: the first start migrates the schema and loads the demo data (docs/operations.md).
start_node a "$PORT_A" "$GRID_A"
wait_ready "http://127.0.0.1:$PORT_A" 600
start_node b "$PORT_B" "$GRID_B"
wait_ready "http://127.0.0.1:$PORT_B" 600
echo "== data grid as node b sees it"
grep -o 'Payara Data Grid State[^"]*' "$WORK/node-b.log" | tail -n 1 | sed 's/\\n/\n/g'
echo "== listening sockets of the nodes (the data grid on loopback only)"
ss -ltnp | grep -E "pid=($NODE_PID_a|$NODE_PID_b)," | awk '{print $4}' | sort

sed -e "s/127.0.0.1:8080/127.0.0.1:$PORT_LB/" -e "s/127.0.0.1:8081/127.0.0.1:$PORT_A/" -e "s/127.0.0.1:8082/127.0.0.1:$PORT_B/" \
    -e "s/^    log stdout.*//" -e "s/^    log global//" -e "s/^    option httplog//" \
    "$PROJECT_DIR/config/cluster/haproxy.cfg" > "$WORK/haproxy.cfg"
haproxy -f "$WORK/haproxy.cfg" >"$WORK/haproxy.log" 2>&1 &
STARTED_PIDS+=("$!")
sleep 5

[ "$API_VISITS" -gt 0 ] && api_visits_prepare "http://127.0.0.1:$PORT_LB" "$API_VISITS" "$API_CLIENTS"
set +e
java "$OPS_DIR/SessionFailover.java" "http://127.0.0.1:$PORT_LB" clerk asiointipiste "$SESSIONS" 20 \
    "node-a=$NODE_PID_a" "node-b=$NODE_PID_b" > "$WORK/failover.txt" 2>&1 &
failover=$!
if [ "$API_VISITS" -gt 0 ]; then
    # the API client starts once the clerks are signed in, 5 s before the kill (the sign-ins would otherwise compete
    # with it for the CPU)
    while kill -0 "$failover" 2>/dev/null && ! grep -q 'sessions per node before the kill' "$WORK/failover.txt"; do
        sleep 0.2
    done
    # the visits before the API client, again: SessionFailover's cluster push check has just made one walk-in
    pg_visit_ids > "$WORK/visits-before.txt"
    api_visits_go
fi
wait "$failover"
result=$?
cat "$WORK/failover.txt"
if [ "$API_VISITS" -gt 0 ]; then
    api_visits_check 900 > "$WORK/api-visits-check.txt" || result=1
    cat "$WORK/api-visits-check.txt"
fi
set -e
echo "== the surviving node's view of the data grid"
grep -o 'Data Grid Instance Removed[^"]*\|Payara Data Grid State[^"]*' "$WORK"/node-*.log | tail -n 2 | sed 's/\\n/\n/g'
echo "work directory: $WORK"
exit "$result"
