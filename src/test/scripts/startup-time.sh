#!/usr/bin/env bash
# Start-up time of the README's run command (docs/operations.md, "Start-up time").
#
#   src/test/scripts/startup-time.sh [cold|kept] [runs] [port] [data-dir]
#
# Each run launches `mvn -o -DskipTests package payara-micro:start` (the README command, offline, on its own port
# and database folder), polls the sign-in page /login.xhtml and /health/ready every 100 ms, and records:
#   login   seconds from the launch to the first HTTP 200 of /login.xhtml
#   ready   seconds from the launch to the first HTTP 200 of /health/ready with status UP
#   cpu     CPU seconds (user + system) of every process of the run when the sign-in page, and when
#           /health/ready, first answered 200 (login/ready)
#   payara  Payara Micro's own "ready in" figure (its boot including the deployment)
# then stops the run (by the id of the Maven process it started) and prints the medians.
# cold: the data folder is deleted before every run (demo generation of 20,000 visits and the statistics rebuild);
# kept: the folder is filled once by an unmeasured run and kept.
# Needs the dependencies in ~/.m2 (one online `mvn package` first) and curl.
set -euo pipefail

mode=${1:-cold}
runs=${2:-3}
port=${3:-8813}
data=${4:-/tmp/startup-data}
cd "$(dirname "$0")/../../.."
logs=$(mktemp -d /tmp/startup-time.XXXXXX)

cpu_of_session() { # user+system seconds of all live processes in the session, plus their reaped children
    local sid=$1 ticks
    ticks=$(getconf CLK_TCK)
    for stat in /proc/[0-9]*/stat; do
        cat "$stat" 2>/dev/null || true
    done | sed 's/^.*) //' | awk -v sid="$sid" -v hz="$ticks" \
        '$4 == sid { t += $12 + $13 + $14 + $15 } END { printf "%.1f", t / hz }'
}

session_members() { # ids of the live processes whose session is exactly the given one
    local sid=$1 stat rest
    for stat in /proc/[0-9]*/stat; do
        rest=$(cat "$stat" 2>/dev/null) || continue
        rest=${rest##*) }
        set -- $rest
        [ "$4" = "$sid" ] && [ "$sid" -gt 1 ] && echo "${stat//[^0-9]/}"
    done
}

stop_run() { # the Maven process started the session, so its id is the session's id
    local pid=$1 p
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 300); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    # The Maven plugin stops Payara from its shutdown hook; make sure no process of this run is left.
    for p in $(session_members "$pid"); do
        kill "$p" 2>/dev/null || true
    done
    sleep 2
}

run_once() {
    local n=$1 log=$logs/run-$1.log start now login="" ready="" cpu="" cpu_login="" pid
    start=$(date +%s.%N)
    setsid mvn -o -DskipTests -Dhttp.port="$port" -Ddemo.db.dir="$data" package payara-micro:start \
        >"$log" 2>&1 &
    pid=$!
    while [ -z "$ready" ] || [ -z "$login" ]; do
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "run $n: the server stopped, see $log" >&2
            exit 1
        fi
        now=$(date +%s.%N)
        if awk -v s="$start" -v t="$now" 'BEGIN { exit !(t - s > 600) }'; then
            echo "run $n: no answer within 600 s, see $log" >&2
            stop_run "$pid"
            exit 1
        fi
        if [ -z "$login" ] && [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/login.xhtml")" = 200 ]; then
            login=$(awk -v s="$start" -v t="$(date +%s.%N)" 'BEGIN { printf "%.1f", t - s }')
            cpu_login=$(cpu_of_session "$pid")
        fi
        if [ -z "$ready" ] && curl -sf "http://127.0.0.1:$port/health/ready" 2>/dev/null | grep -q '"status":"UP"'; then
            ready=$(awk -v s="$start" -v t="$(date +%s.%N)" 'BEGIN { printf "%.1f", t - s }')
            cpu=$(cpu_of_session "$pid")
        fi
        sleep 0.1
    done
    local payara
    payara=$(grep -o 'ready in [0-9,]* (ms)' "$log" | head -1 | tr -dc '0-9')
    stop_run "$pid"
    echo "$login $ready $cpu_login $cpu $(awk -v ms="${payara:-0}" 'BEGIN { printf "%.1f", ms / 1000 }')"
}

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

if [ "$mode" = kept ] && [ ! -e "$data/asiointipiste.mv.db" ]; then
    echo "filling $data once (not measured)" >&2
    run_once 0 >/dev/null
fi
results=$logs/results
for n in $(seq 1 "$runs"); do
    [ "$mode" = cold ] && rm -rf "$data"
    line=$(run_once "$n")
    echo "$mode run $n: $(echo "$line" | awk '{ print "login " $1 " s  ready " $2 " s  cpu " $3 "/" $4 " s  payara ready-in " $5 " s" }')"
    echo "$line" >>"$results"
done
printf '%s median of %s: login %s s, ready %s s, cpu %s/%s s, payara ready-in %s s (load average now %s)\n' \
    "$mode" "$runs" "$(cut -d' ' -f1 "$results" | median)" "$(cut -d' ' -f2 "$results" | median)" \
    "$(cut -d' ' -f3 "$results" | median)" "$(cut -d' ' -f4 "$results" | median)" \
    "$(cut -d' ' -f5 "$results" | median)" "$(cut -d' ' -f1 /proc/loadavg)"
echo "logs: $logs"
