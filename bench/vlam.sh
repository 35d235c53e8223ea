#!/usr/bin/env bash
# Where the CPU of a durable advice goes: bench/vlam.sh profiles the packaged service under the durable mlw-mer load
# (H2, the deploy JVM options; service pinned to core $DIENST_KERN, wrk to core $CLIENT_KERN) with async-profiler (CPU time
# of every thread, Java, JVM and kernel frames), and writes docs/vlamgrafiek.svg (flame graph; or $VLAM_SVG) and
# target/bench/vlam-top.md (top-ten frames, self and inclusive share, and the CPU per thread group from /proc).
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
fi
source bench/deploy-jvm.sh
[ "${VLAM_GEEN_BOUW:-}" = 1 ] || ./mvnw -B -q package -DskipTests
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
poort() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
python3 bench/wrk-post.py bench/los/verzoek.json > $UIT/vlam.lua
# JFR's execution samples take only threads in Java code, a few per period: on one core they gave H2's serialisation thread
# twice its share of the CPU that /proc counts and the event loop half of it (README, "Snelheid"). async-profiler counts CPU time.
PROFILER=4.1; AP=$PWD/$UIT/async-profiler-$PROFILER/linux-x64/libasyncProfiler.so
if [ "$SOORT" = cpu ] && [ ! -f $AP ]; then
    ./mvnw -B -q dependency:copy -Dartifact=tools.profiler:async-profiler:$PROFILER:jar:linux-x64 -DoutputDirectory=$UIT
    mkdir -p $UIT/async-profiler-$PROFILER
    (cd $UIT/async-profiler-$PROFILER && jar xf ../async-profiler-$PROFILER-linux-x64.jar linux-x64/libasyncProfiler.so)
fi
P=$(poort); B=$(poort); D=$(mktemp -d); URL=http://127.0.0.1:$P/api/v1/adviezen
# Both profilers start with the JVM, because starting a JFR recording in a running JVM throws its compiled code away (measured:
# 2 255 advices/s in the 30 s before, 247/s in the 30 s after); async-profiler is loaded there and started after the warm-up.
if [ "$SOORT" = toewijzing ]; then
    cat > $UIT/vlam.jfc <<JFC
<?xml version="1.0" encoding="UTF-8"?>
<configuration version="2.0" label="toewijzing">
  $GEBEURTENIS
</configuration>
JFC
    rm -f $UIT/vlam.jfr
    PROFIEL="-XX:FlightRecorderOptions:stackdepth=256 -XX:StartFlightRecording=name=vlam,settings=$PWD/$UIT/vlam.jfc"
else
    PROFIEL="-agentpath:$AP -XX:+UnlockDiagnosticVMOptions -XX:+DebugNonSafepoints"
fi
taskset -c $DIENST_KERN env $DEPLOY_OMGEVING java $DEPLOY_JVM $PROFIEL -Dquarkus.http.port=$P -Dquarkus.management.port=$B \
    -Dindicatiewijzer.data-dir=$D -jar $JAR > $UIT/vlam-dienst.log 2>&1 &
PID=$!
for _ in $(seq 1 1200); do curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:$B/q/health/ready 2>/dev/null | grep -q 200 && break; sleep 0.05; done
KLANT="taskset -c $CLIENT_KERN" bench/opwarmen.sh $PID $URL $UIT/vlam.lua $WARM > $UIT/vlam-opwarmen.txt
# jcmd passes the agent's options as one argument only when quoted; perf_events (event cpu) may be closed to the
# machine, then a CPU-time timer per thread (ctimer) counts the same time without kernel frames.
profiler() { [[ "$(jcmd $PID JVMTI.agent_load $AP "\"$1\"")" == *"return code: 0"* ]]; }
if [ "$SOORT" = cpu ]; then
    profiler start,event=cpu,interval=1ms || profiler start,event=ctimer,interval=1ms \
        || { echo "async-profiler start niet" >&2; kill $PID; exit 1; }
fi
VANAF=$(date +%s%3N)
C0=$(awk '{print $14+$15}' /proc/$PID/stat); python3 bench/draden.py $PID $UIT/vlam-draden-voor.json
taskset -c $CLIENT_KERN wrk -t1 -c16 -d${DUUR}s --latency -s $UIT/vlam.lua $URL > $UIT/vlam-wrk.txt
C1=$(awk '{print $14+$15}' /proc/$PID/stat); python3 bench/draden.py $PID $UIT/vlam-draden-na.json
LAST=$(cut -d' ' -f1-3 /proc/loadavg)
if [ "$SOORT" = cpu ]; then
    profiler stop,file=$PWD/$UIT/vlam-stapels.txt,collapsed || { echo "async-profiler stopt niet" >&2; kill $PID; exit 1; }
else
    jcmd $PID JFR.dump name=vlam filename=$PWD/$UIT/vlam.jfr > /dev/null
fi
kill $PID; wait $PID 2>/dev/null || true; rm -rf "$D"
[ "$SOORT" = cpu ] || java bench/Jfrstapels.java $UIT/vlam.jfr $VANAF $SOORT > $UIT/vlam-stapels.txt
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
    echo
    echo "CPU van de service per thread in dezelfde ${DUUR} s (\`/proc/<pid>/task\`):"
    echo
    python3 bench/draden.py $UIT/vlam-draden-voor.json $UIT/vlam-draden-na.json $N
} > $TOP
cat $TOP
