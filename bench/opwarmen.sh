#!/usr/bin/env bash
# Loads a service at full speed until its JIT has settled, and prints each window: wrk in windows of $VENSTER s
# (default 30) until the JIT compiler threads used at most 3 % of the time in two windows in a row, at most
# <maximum> s. On one core the JIT needs about three minutes of this load; a fixed
# shorter warm-up measured a service that was still compiling (its compiler threads took a fifth of the core).
#   bench/opwarmen.sh <service pid> <url> <wrk script> <maximum seconds>     (client core: KLANT="taskset -c 0")
set -euo pipefail
PID=$1; URL=$2; LUA=$3; MAXIMUM=$4; VENSTER=${VENSTER:-30}
compileren() { # CPU time of the JIT compiler threads, in clock ticks
    local t=0 taak
    for taak in /proc/$PID/task/*; do
        grep -q CompilerThre "$taak/comm" 2>/dev/null && t=$((t + $(awk '{print $14 + $15}' "$taak/stat")))
    done
    echo $t
}
vorige=100; verstreken=0
while [ $verstreken -lt "$MAXIMUM" ]; do
    c0=$(compileren)
    tempo=$(${KLANT:-} wrk -t1 -c16 -d${VENSTER}s -s "$LUA" "$URL" | awk '/Requests\/sec/ {print $2}')
    jit=$(( ($(compileren) - c0) / VENSTER ))
    verstreken=$((verstreken + VENSTER))
    echo "opwarmen tot ${verstreken} s: ${tempo}/s, JIT ${jit} % van een core"
    if [ $jit -le 3 ] && [ "$vorige" -le 3 ]; then
        break
    fi
    vorige=$jit
done
