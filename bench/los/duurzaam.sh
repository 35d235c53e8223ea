#!/usr/bin/env bash
# Durable advices/s of a packaged build on H2: bench/los/duurzaam.sh <project dir>. The service (deploy JVM
# options) pinned to core 1, wrk (one thread, 16 connections, the bench's mlw-mer request) to core 0;
# warmed up until the JIT settled (bench/opwarmen.sh, at most 420 s), 30 s measured; the service's CPU per advice
# from /proc/<pid>/stat, per thread group (bench/draden.py), the bytes it wrote to disk per advice (write_bytes of
# /proc/<pid>/io), and its highest resident memory.
# Extra JVM options or environment for the service: DIENST_OPTIES="-XX:+UseSerialGC" DIENST_OMGEVING="MALLOC_ARENA_MAX=4".
set -e
LOS=$(cd "$(dirname "$0")" && pwd)
cd "$1"
D=$(mktemp -d); P=18801; B=18802
python3 $LOS/../wrk-post.py "$LOS/verzoek.json" > $D.lua
source $LOS/dienst.sh
start_dienst $P $B $D $D.log
( while kill -0 $PID 2>/dev/null; do ps -o rss= -p $PID >> $D.rss || true; sleep 1; done ) &
KLANT="taskset -c 0" "$LOS/../opwarmen.sh" $PID http://127.0.0.1:$P/api/v1/adviezen $D.lua 420
C0=$(awk '{print $14+$15}' /proc/$PID/stat); S0=$(awk '/^write_bytes/ {print $2}' /proc/$PID/io); python3 $LOS/../draden.py $PID $D.voor
taskset -c 0 wrk -t1 -c16 -d30s --latency -s $D.lua http://127.0.0.1:$P/api/v1/adviezen > $D.wrk
C1=$(awk '{print $14+$15}' /proc/$PID/stat); S1=$(awk '/^write_bytes/ {print $2}' /proc/$PID/io); python3 $LOS/../draden.py $PID $D.na
grep -E "Requests/sec|99%|Non-2xx" $D.wrk
N=$(grep -E "requests in" $D.wrk | awk '{print $1}')
echo "CPU van de dienst per advies: $(python3 -c "print(round(($C1-$C0)*10/$N,3))") ms ($N adviezen)"
echo "naar schijf per advies: $(python3 -c "print(round(($S1-$S0)/$N/1024,1))") kB"
python3 $LOS/../draden.py $D.voor $D.na $N
echo "hoogste RSS: $(sort -n $D.rss | tail -1 | awk '{print int($1/1024)}') MB"
kill $PID; wait $PID 2>/dev/null || true
rm -rf $D $D.log $D.wrk $D.lua $D.rss $D.voor $D.na
