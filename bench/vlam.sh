#!/usr/bin/env bash
# Where the CPU of a durable advice goes: bench/vlam.sh profiles the packaged service under the durable mlw-mer load
# (H2, the deploy JVM options; service pinned to core $DIENST_KERN, wrk to core $CLIENT_KERN) with JFR, and writes
# docs/vlamgrafiek.svg (flame graph; or $VLAM_SVG) and target/bench/vlam-top.md (top-ten frames, self and inclusive share).
#   VLAM_WARM=60 VLAM_DUUR=60 bench/vlam.sh     seconds of warm-up and of recording; VLAM_GEEN_BOUW=1 uses the built jar
set -euo pipefail
cd "$(dirname "$0")/.."
UIT=target/bench; mkdir -p $UIT docs
WARM=${VLAM_WARM:-60}; DUUR=${VLAM_DUUR:-60}; CLIENT_KERN=${CLIENT_KERN:-0}; DIENST_KERN=${DIENST_KERN:-1}
JAR=target/quarkus-app/quarkus-run.jar; SVG=${VLAM_SVG:-docs/vlamgrafiek.svg}
DIENST_JVM="-Xmx256m -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=64m"
[ "${VLAM_GEEN_BOUW:-}" = 1 ] || ./mvnw -B -q package -DskipTests
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
poort() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
python3 - bench/los/verzoek.json > $UIT/vlam.lua <<'PY'
import sys, json
body = json.dumps(json.load(open(sys.argv[1])))
print('wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.headers["Authorization"] = "Basic aW50YWtlOmludGFrZQ=="')
print('wrk.body = ' + json.dumps(body))
PY
P=$(poort); B=$(poort); D=$(mktemp -d); URL=http://127.0.0.1:$P/api/v1/adviezen
taskset -c $DIENST_KERN java $DIENST_JVM -XX:FlightRecorderOptions:stackdepth=256 -Dquarkus.http.port=$P -Dquarkus.management.port=$B \
    -Dindicatiewijzer.data-dir=$D -jar $JAR > $UIT/vlam-dienst.log 2>&1 &
PID=$!
for _ in $(seq 1 1200); do curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:$B/q/health/ready 2>/dev/null | grep -q 200 && break; sleep 0.05; done
taskset -c $CLIENT_KERN wrk -t1 -c16 -d${WARM}s -s $UIT/vlam.lua $URL > /dev/null
rm -f $UIT/vlam.jfr
# the JDK's "profile" settings with a Java sample every 2 ms instead of 10 ms: five times the samples in the same time
sed 's|control="method-sampling-java-interval">[0-9]* ms<|control="method-sampling-java-interval">2 ms<|' \
    "$(dirname "$(readlink -f "$(command -v java)")")/../lib/jfr/profile.jfc" > $UIT/vlam.jfc
jcmd $PID JFR.start name=vlam settings=$PWD/$UIT/vlam.jfc filename=$PWD/$UIT/vlam.jfr > /dev/null
C0=$(awk '{print $14+$15}' /proc/$PID/stat)
taskset -c $CLIENT_KERN wrk -t1 -c16 -d${DUUR}s --latency -s $UIT/vlam.lua $URL > $UIT/vlam-wrk.txt
C1=$(awk '{print $14+$15}' /proc/$PID/stat)
LAST=$(cut -d' ' -f1-3 /proc/loadavg)
jcmd $PID JFR.stop name=vlam > /dev/null
kill $PID; wait $PID 2>/dev/null || true; rm -rf "$D"
java bench/Jfrstapels.java $UIT/vlam.jfr > $UIT/vlam-stapels.txt
N=$(awk '/requests in/ {print $1}' $UIT/vlam-wrk.txt)
TEMPO=$(awk '/Requests\/sec/ {print $2}' $UIT/vlam-wrk.txt)
python3 bench/vlam.py $UIT/vlam-stapels.txt $SVG $UIT/vlam-tabel.md \
    "Duurzaam advies mlw-mer op H2, service op 1 core: CPU-monsters (JFR), $(date -u +%F)"
{
    echo "Gemeten met \`bench/vlam.sh\` (${WARM} s opwarmen, ${DUUR} s opname) op $(date -u '+%F %H:%M') UTC: $TEMPO duurzame adviezen/s,"
    echo "service-CPU $(python3 -c "print(round(($C1-$C0)*10/$N,3))") ms per advies, belasting van de machine (loadavg 1/5/15 min) $LAST."
    echo
    cat $UIT/vlam-tabel.md
} > $UIT/vlam-top.md
cat $UIT/vlam-top.md
