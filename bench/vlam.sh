#!/usr/bin/env bash
# Where the CPU of a durable advice goes: bench/vlam.sh profiles the packaged service under the durable mlw-mer load
# (H2, the deploy JVM options; service pinned to core $DIENST_KERN, wrk to core $CLIENT_KERN) with JFR, and writes
# docs/vlamgrafiek.svg (flame graph; or $VLAM_SVG) and target/bench/vlam-top.md (top-ten frames, self and inclusive share).
#   VLAM_WARM=360 VLAM_DUUR=60 bench/vlam.sh    at most seconds of warm-up (bench/opwarmen.sh), seconds recorded; VLAM_GEEN_BOUW=1 uses the built jar
# VLAM_SOORT=toewijzing records where the service allocates instead (jdk.ObjectAllocationSample, weighed by bytes):
# target/bench/toewijzing.svg and target/bench/toewijzing-top.md, with the allocated bytes per advice.
set -euo pipefail
cd "$(dirname "$0")/.."
UIT=target/bench; mkdir -p $UIT docs
WARM=${VLAM_WARM:-360}; DUUR=${VLAM_DUUR:-60}; CLIENT_KERN=${CLIENT_KERN:-0}; DIENST_KERN=${DIENST_KERN:-1}
JAR=target/quarkus-app/quarkus-run.jar; SOORT=${VLAM_SOORT:-cpu}
if [ "$SOORT" = toewijzing ]; then
    SVG=${VLAM_SVG:-$UIT/toewijzing.svg}; TOP=$UIT/toewijzing-top.md; WAT="gealloceerde bytes"
    GEBEURTENIS='<event name="jdk.ObjectAllocationSample"><setting name="enabled">true</setting><setting name="throttle">500/s</setting></event>'
else
    SVG=${VLAM_SVG:-docs/vlamgrafiek.svg}; TOP=$UIT/vlam-top.md; WAT="CPU-monsters"
    GEBEURTENIS='<event name="jdk.ExecutionSample"><setting name="enabled">true</setting><setting name="period">2 ms</setting></event>'
fi
source bench/deploy-jvm.sh
[ "${VLAM_GEEN_BOUW:-}" = 1 ] || ./mvnw -B -q package -DskipTests
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
poort() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
python3 bench/wrk-post.py bench/los/verzoek.json > $UIT/vlam.lua
P=$(poort); B=$(poort); D=$(mktemp -d); URL=http://127.0.0.1:$P/api/v1/adviezen
# only CPU samples (one every 2 ms per running thread) or allocation samples; the recording starts with the JVM, because starting one in
# a running JVM throws its compiled code away (measured: 2 255 advices/s in the 30 s before, 247/s in the 30 s after)
cat > $UIT/vlam.jfc <<JFC
<?xml version="1.0" encoding="UTF-8"?>
<configuration version="2.0" label="vlamgrafiek">
  $GEBEURTENIS
</configuration>
JFC
rm -f $UIT/vlam.jfr
taskset -c $DIENST_KERN env $DEPLOY_OMGEVING java $DEPLOY_JVM -XX:FlightRecorderOptions:stackdepth=256 \
    -XX:StartFlightRecording=name=vlam,settings=$PWD/$UIT/vlam.jfc -Dquarkus.http.port=$P -Dquarkus.management.port=$B \
    -Dindicatiewijzer.data-dir=$D -jar $JAR > $UIT/vlam-dienst.log 2>&1 &
PID=$!
for _ in $(seq 1 1200); do curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:$B/q/health/ready 2>/dev/null | grep -q 200 && break; sleep 0.05; done
KLANT="taskset -c $CLIENT_KERN" bench/opwarmen.sh $PID $URL $UIT/vlam.lua $WARM > $UIT/vlam-opwarmen.txt
VANAF=$(date +%s%3N)
C0=$(awk '{print $14+$15}' /proc/$PID/stat)
taskset -c $CLIENT_KERN wrk -t1 -c16 -d${DUUR}s --latency -s $UIT/vlam.lua $URL > $UIT/vlam-wrk.txt
C1=$(awk '{print $14+$15}' /proc/$PID/stat)
LAST=$(cut -d' ' -f1-3 /proc/loadavg)
jcmd $PID JFR.dump name=vlam filename=$PWD/$UIT/vlam.jfr > /dev/null
kill $PID; wait $PID 2>/dev/null || true; rm -rf "$D"
java bench/Jfrstapels.java $UIT/vlam.jfr $VANAF $SOORT > $UIT/vlam-stapels.txt
N=$(awk '/requests in/ {print $1}' $UIT/vlam-wrk.txt)
TEMPO=$(awk '/Requests\/sec/ {print $2}' $UIT/vlam-wrk.txt)
python3 bench/vlam.py $UIT/vlam-stapels.txt $SVG $UIT/vlam-tabel.md \
    "Duurzaam advies mlw-mer op H2, service op 1 core: $WAT (JFR), $(date -u +%F)" $SOORT
{
    echo "Gemeten met \`bench/vlam.sh\` (na $(tail -1 $UIT/vlam-opwarmen.txt | awk '{print $3}') s opwarmen met \`bench/opwarmen.sh\`, ${DUUR} s opname) op $(date -u '+%F %H:%M') UTC: $TEMPO duurzame adviezen/s,"
    echo "service-CPU $(python3 -c "print(round(($C1-$C0)*10/$N,3))") ms per advies, belasting van de machine (loadavg 1/5/15 min) $LAST."
    [ "$SOORT" = toewijzing ] && echo "Gealloceerd (de gewogen monsters): $(awk -v n=$N '{t += $NF} END {printf "%.0f", t / n / 1024}' $UIT/vlam-stapels.txt) kB per advies."
    echo
    cat $UIT/vlam-tabel.md
} > $TOP
cat $TOP
