#!/usr/bin/env bash
# Every benchmark of Indicatiewijzer in one run; writes BENCHMARKS.md (or, with "rook", a short smoke
# into target/bench/BENCHMARKS-rook.md, as CI runs it). Client and service share this machine: in every HTTP
# measurement the load client (wrk, Vastetempo, Wisselaar) is pinned to core $CLIENT_KERN (default 0) and the
# service to core $DIENST_KERN (default 1) with taskset, and the bare reference endpoint is measured the same way. The
# in-process advice on one thread is pinned to the service's core too. Beside the in-process runs, the maximum and the
# fixed rate, bench/machinemeter.py measures how fast each core used is.
#   bench/run.sh          the full run (about 50 minutes on 2 cores)
#   bench/run.sh rook     every benchmark once, briefly
set -euo pipefail
cd "$(dirname "$0")/.."
MODUS=${1:-volledig}
UIT=target/bench
rm -rf "$UIT" && mkdir -p "$UIT"
if [ "$MODUS" = rook ]; then
    # one regeling in the smoke: the scenario tests run every regeling already
    JMH="-f 1 -wi 1 -w 1s -i 1 -r 1s"; REGELINGEN=mlw-mer; WARM=5; VENSTER=5; KLANT_WARM=1; MAX=5; VAST=5; WISSEL=8; STARTS=1; HERBOUWEN=3; ADVIEZEN=300; WISSELS=3; LOG=2000; RAPPORT=$UIT/BENCHMARKS-rook.md
else
    JMH="-f 2 -wi 5 -w 4s -i 5 -r 2s"; REGELINGEN="mlw-mer stede-broec bkb24 bijlage5 tsd"; WARM=420; VENSTER=30; KLANT_WARM=60; MAX=30; VAST=300; WISSEL=30; STARTS=3; HERBOUWEN=13; ADVIEZEN=20000; WISSELS=50; LOG=1000000; RAPPORT=BENCHMARKS.md
fi
echo "== bouwen"
./mvnw -B -q package -DskipTests
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
CP="target/test-classes:target/classes:$(cat target/cp.txt)"
JAR=target/quarkus-app/quarkus-run.jar
# the service's JVM as deploy/Containerfile runs it: a bounded heap keeps resident memory near heap plus code and classes (README, "Snelheid"), and the class
# archive of a training run (deploy/klassenarchief.sh) saves reading and verifying its classes at every start
source bench/deploy-jvm.sh
DIENST_JVM="$DEPLOY_JVM"
deploy/klassenarchief.sh $JAR target/quarkus-app/klassen.jsa "$DIENST_JVM"
DIENST_JVM="$DIENST_JVM -XX:SharedArchiveFile=target/quarkus-app/klassen.jsa"
CLIENT_KERN=${CLIENT_KERN:-0}; DIENST_KERN=${DIENST_KERN:-1}
KLANT="taskset -c $CLIENT_KERN"; DIENST="taskset -c $DIENST_KERN"
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }

echo "== JMH: advies in het proces, 1 en 2 threads, en Drools tegen de Java-basislijn"
# each fork runs with the service's heap and collector; one thread has the service's core, as the service has, two
# threads have both cores. bench/machinemeter.py times a short fixed piece of work on each core used, on the clock that
# stamps JMH's lines: an iteration during which the meter was slow too ran on a slower machine (README, "Snelheid")
LOGMANAGER=-Djava.util.logging.manager=org.jboss.logmanager.LogManager
JAVA_JMH="java $LOGMANAGER -cp $CP org.openjdk.jmh.Main -jvmArgsAppend"
METERS=""
meter_aan() { # naam, core
    nice -n -10 taskset -c $2 python3 bench/machinemeter.py 2 > $UIT/machine-$1-kern$2.txt &
    METERS="$METERS $!"
}
meters_uit() { kill $METERS; METERS=""; }
for regeling in $REGELINGEN; do
    meter_aan 1t-$regeling $DIENST_KERN
    $DIENST $JAVA_JMH "$DEPLOY_JVM $LOGMANAGER" AdviesBenchmark $JMH -p regeling=$regeling -t 1 -bm thrpt -tu s -rf json \
        -rff $UIT/jmh-advies-1t-$regeling.json | python3 bench/machinemeter.py stempel > $UIT/jmh-advies-1t-$regeling.txt
    meters_uit
    meter_aan 2t-$regeling $CLIENT_KERN; meter_aan 2t-$regeling $DIENST_KERN
    $JAVA_JMH "$DEPLOY_JVM $LOGMANAGER" AdviesBenchmark $JMH -p regeling=$regeling -t 2 -bm thrpt -tu s -rf json \
        -rff $UIT/jmh-advies-2t-$regeling.json | python3 bench/machinemeter.py stempel > $UIT/jmh-advies-2t-$regeling.txt
    meters_uit
done
$DIENST $JAVA_JMH "$DEPLOY_JVM $LOGMANAGER" AdviesBenchmark $JMH -p regeling=${REGELINGEN// /,} -t 1 -bm sample -tu us -rf json -rff $UIT/jmh-advies-sample.json > $UIT/jmh-advies-sample.txt
$DIENST $JAVA_JMH "$DEPLOY_JVM $LOGMANAGER" PerceelBenchmark $JMH -t 1 -bm thrpt -tu s -rf json -rff $UIT/jmh-perceel.json > $UIT/jmh-perceel.txt

echo "== bouwtijd per regeling"
java -cp "$CP" nl.indicatiewijzer.meting.Bouwmeting > $UIT/bouw.txt
echo "== herbouw van stede-broec in de service na een upload (JVM-opties van het deploymanifest)"
env $DEPLOY_OMGEVING java -cp "$CP" nl.indicatiewijzer.meting.Herbouwmeting $HERBOUWEN $DIENST_JVM > $UIT/herbouw.txt

echo "== heap en tijd van het controleren van een upload (grootste tabel, tekstenbom)"
java -cp "$CP" nl.indicatiewijzer.meting.Validatiemeting > $UIT/validatie.txt
java -Xmx256m -cp "$CP" nl.indicatiewijzer.meting.Boommeting > $UIT/boom.txt
echo "== integriteitscontrole en inclusiebewijs op een log van $LOG besluiten (H2, -Xmx256m)"
java -cp "$CP" nl.indicatiewijzer.audit.Logmeting $LOG > $UIT/log.txt

poort() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
# readiness answers on the management interface, a port of its own
wacht_op() { for _ in $(seq 1 1200); do curl -s -o /dev/null -w '%{http_code}' "$1/q/health/ready" 2>/dev/null | grep -q 200 && return 0; sleep 0.05; done; return 1; }
VERZOEK=$UIT/verzoek.json
cp bench/los/verzoek.json $VERZOEK
python3 bench/wrk-post.py "$VERZOEK" > $UIT/post.lua

echo "== start tot eerste advies: eerste start (lege datamap: alles compileren) en herstart (bouwcache)"
start_meting() { # datamap, bestand
    local P PID T0
    P=$(poort); B=$(poort); T0=$(date +%s%N)
    env $DEPLOY_OMGEVING java $DIENST_JVM -Dquarkus.http.port=$P -Dquarkus.management.port=$B -Dindicatiewijzer.data-dir=$1 -jar $JAR > $UIT/$2-$i.log 2>&1 &
    PID=$!
    # as a deployment does: the first advice once the service reports ready (readiness waits for the warm-ups)
    wacht_op http://127.0.0.1:$B
    local ANTWOORD=""
    until [ "${ANTWOORD%% *}" = 200 ]; do
        ANTWOORD=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -u intake:intake -H 'Content-Type: application/json' -d @$VERZOEK \
            http://127.0.0.1:$P/api/v1/adviezen 2>/dev/null) || true
        [ "${ANTWOORD%% *}" = 200 ] || sleep 0.02
    done
    echo $(( ($(date +%s%N) - T0) / 1000000 )) >> $UIT/$2.txt
    # how long that first answered advice itself took: a compile-on-first-use stall shows here
    echo "${ANTWOORD#* }" >> $UIT/$2-eerste.txt
    # the cache is written in the background after the first start; a restart should find all five
    for _ in $(seq 1 600); do [ "$(ls $1/bouwcache 2>/dev/null | grep -c kiebase)" -ge 5 ] && break; sleep 0.1; done
    kill $PID; wait $PID 2>/dev/null || true
}
for i in $(seq 1 $STARTS); do
    D=$(mktemp -d)
    start_meting $D start-koud
    start_meting $D start
    rm -rf "$D"
done

cpu_van() { awk '{print $14+$15}' /proc/$1/stat; } # user + system time in clock ticks (1/100 s)
http_meting() { # naam, pad, extra JVM-opties
    local naam=$1 pad=$2; shift 2
    local P B D PID C0 C1 URL TEMPO
    P=$(poort); B=$(poort); D=$(mktemp -d); URL=http://127.0.0.1:$P$pad
    $DIENST env $DEPLOY_OMGEVING java $DIENST_JVM -Dquarkus.http.port=$P -Dquarkus.management.port=$B -Dindicatiewijzer.data-dir=$D "$@" -jar $JAR > $UIT/http-$naam.log 2>&1 &
    PID=$!
    wacht_op http://127.0.0.1:$B
    ( while kill -0 $PID 2>/dev/null; do ps -o rss= -p $PID >> $UIT/rss-$naam.txt || true; sleep 1; done ) &
    # warm-up at full speed until the JIT has settled: on one core that takes about three minutes of this load
    VENSTER=$VENSTER KLANT="$KLANT" bench/opwarmen.sh $PID $URL $UIT/post.lua $WARM > $UIT/warm-$naam.txt
    C0=$(cpu_van $PID)
    meter_aan max-$naam $DIENST_KERN
    $KLANT wrk -t1 -c16 -d${MAX}s --latency -s $UIT/post.lua $URL > $UIT/wrk-$naam.txt
    meters_uit
    C1=$(cpu_van $PID)
    echo "$(grep -E 'requests in' $UIT/wrk-$naam.txt | awk '{print $1}') $((C1 - C0))" > $UIT/cpu-$naam.txt
    if [ "$naam" != referentie ]; then
        # the fixed rate is half the maximum this run just measured, so it stays below saturation
        TEMPO=$(awk '/Requests\/sec/ {t = int($2 / 2); print (t < 1 ? 1 : t)}' $UIT/wrk-$naam.txt)
        meter_aan vast-$naam $DIENST_KERN
        # the client itself warms up first at the same rate, uncounted: cold, it fell behind in its first seconds
        $KLANT java -cp "$CP" nl.indicatiewijzer.bench.Vastetempo $URL $TEMPO $VAST 64 $VERZOEK $KLANT_WARM > $UIT/vast-$naam.json
        meters_uit
    fi
    if [ "$naam" = h2 ]; then
        $KLANT java -cp "$CP" nl.indicatiewijzer.bench.Vastetempo $URL 500 $WISSEL 64 $VERZOEK > $UIT/wissel-stil.json
        $KLANT java -cp "$CP" nl.indicatiewijzer.bench.Vastetempo $URL 500 $WISSEL 64 $VERZOEK > $UIT/wissel-last.json &
        LAST=$!
        $KLANT java -cp "$CP" nl.indicatiewijzer.bench.Wisselaar http://127.0.0.1:$P 2 $((WISSEL / 3)) > $UIT/wissel.txt
        wait $LAST
    fi
    kill $PID; wait $PID 2>/dev/null || true; rm -rf "$D"
}
echo "== HTTP, kale referentie: zelfde build, HTTP-stapel, aanmelding en mlw-mer-regels; geen validatie, verantwoording of audit"
http_meting referentie /api/v1/meting/referentie -Dindicatiewijzer.meting.referentie=true
echo "== HTTP, duurzame audit, ingebouwde opslag (H2)"
http_meting h2 /api/v1/adviezen
echo "== HTTP, duurzame audit, PostgreSQL"
PGPOORT=${INDICATIEWIJZER_BENCH_PG_POORT:-55433}
source .ci/postgres.sh
start_postgres indicatiewijzer_bench
# the database belongs to the service side: on the service's core (its backends inherit the postmaster's affinity)
taskset -a -p -c $DIENST_KERN "$(head -n 1 "$PGDATA/postmaster.pid")" > /dev/null
http_meting pg /api/v1/adviezen -Dquarkus.datasource.postgresql.jdbc.url=jdbc:postgresql://127.0.0.1:$PGPOORT/indicatiewijzer_bench \
    -Dquarkus.datasource.postgresql.username=postgres

echo "== vlamgrafiek van de service onder duurzame mlw-mer-last (H2), async-profiler"
if [ "$MODUS" = rook ]; then
    VLAM_GEEN_BOUW=1 VLAM_WARM=3 VLAM_DUUR=5 VLAM_SVG=$UIT/vlamgrafiek.svg CLIENT_KERN=$CLIENT_KERN DIENST_KERN=$DIENST_KERN bench/vlam.sh > /dev/null
else
    VLAM_GEEN_BOUW=1 CLIENT_KERN=$CLIENT_KERN DIENST_KERN=$DIENST_KERN bench/vlam.sh > /dev/null
fi

echo "== herhaling en impactanalyse, heap na versiewissels"
env $DEPLOY_OMGEVING java -cp "$CP" nl.indicatiewijzer.meting.Publicatiemeting $ADVIEZEN $WISSELS $DIENST_JVM > $UIT/publicatie.txt

DIENST_JVM="$DEPLOY_OMGEVING $DIENST_JVM" VENSTER=$VENSTER CLIENT_KERN=$CLIENT_KERN DIENST_KERN=$DIENST_KERN python3 bench/rapport.py "$UIT" "$MODUS" > "$RAPPORT"
echo "== klaar: $RAPPORT"
