#!/usr/bin/env bash
# Simulation speed over stored visits (docs/user-guide/rules.md, "Simulation speed").
#
#   src/test/scripts/simulation-bench.sh [data-dir] [heap] [days ...]
#
# data-dir (default /tmp/sim-bench) holds the H2 file database asiointipiste.mv.db. When it has none, the demo
# server makes one first: `mvn -o -DskipTests package payara-micro:start -Ddemo.visits=1000000 -Ddemo.heap=4g` on
# port 8822 (about 1.5 min for the visits, then the statistics rebuild, several minutes; the script waits for
# /health/ready to say UP, at most 30 min, and stops the server by the id of the Maven process it started). When it
# has one made by an older release, start the server on it once the same way so that Flyway migrates it.
# Then it runs SimulationBenchmark with the server's settings: the given heap (default 4g, the heap the demo server
# of a million visits runs with), H2's page cache sized from it as the server does (half of it), the simulation's
# two parts read side by side; for each period (default 36 days ≈ 100,000 visits and 365 days = 1,000,000) 2
# warm-up runs and 5 measured ones, the medians of wall time and of the CPU time of the parts' threads, the heap
# in use after each run, and the load average. Needs the dependencies in ~/.m2 and curl.
set -euo pipefail

data=${1:-/tmp/sim-bench}
heap=${2:-4g}
shift $(( $# > 2 ? 2 : $# ))
days=${*:-36 365}
port=8822
cd "$(dirname "$0")/../../.."
mkdir -p "$data"

if [ ! -f "$data/asiointipiste.mv.db" ]; then
    echo "No database in $data: generating 1,000,000 demo visits (server on port $port)"
    setsid mvn -o -q -DskipTests package payara-micro:start -Dhttp.port=$port -Ddemo.db.dir="$data" \
        -Ddemo.visits=1000000 -Ddemo.heap=4g > "$data/generate.log" 2>&1 &
    pid=$!
    started=$(date +%s)
    until curl -s -m 5 "http://127.0.0.1:$port/health/ready" 2>/dev/null | grep -q '"status":"UP"'; do
        if ! kill -0 "$pid" 2>/dev/null || [ $(( $(date +%s) - started )) -gt 1800 ]; then
            echo "the demo server did not get ready; see $data/generate.log" >&2
            kill -- -"$pid" 2>/dev/null || true
            exit 1
        fi
        sleep 5
    done
    echo "ready after $(( $(date +%s) - started )) s; stopping the server"
    kill -- -"$pid" 2>/dev/null || true # the session the Maven process leads: Maven and its Payara child
    wait "$pid" 2>/dev/null || true
    sleep 3
fi

mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile="$data/cp.txt"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx"$heap" -Dbench.warmUps=2 -Dbench.measured=5 \
    -cp "target/classes:target/test-classes:$(cat "$data/cp.txt")" \
    fi.asiointipiste.rules.SimulationBenchmark "$data/asiointipiste" $days
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
