#!/usr/bin/env bash
# Start-up and resident memory of a packaged build: bench/los/start.sh <project dir>. Starts
# target/quarkus-app/quarkus-run.jar with the deploy JVM options on an empty data dir (first start) and again
# on the same dir (restart, from the bouwcache); each time: until the first answered mlw-mer advice once it is ready (with the
# service's CPU time until then), how long that advice took at the client and in the service's own log line.
# After the restart it sends 200 advices and reads VmRSS. Extra JVM options: DIENST_OPTIES="...". Like the
# Containerfile, it first writes the class archive (deploy/klassenarchief.sh); KLASSENARCHIEF=uit starts without it.
set -e
LOS=$(cd "$(dirname "$0")" && pwd)
VERZOEK=$LOS/verzoek.json
source $LOS/../deploy-jvm.sh
cd "$1"
JVM="$DEPLOY_JVM"
if [ "${KLASSENARCHIEF:-}" != uit ]; then
    deploy/klassenarchief.sh target/quarkus-app/quarkus-run.jar target/quarkus-app/klassen.jsa "$JVM"
    JVM="$JVM -XX:SharedArchiveFile=target/quarkus-app/klassen.jsa"
fi
DATA=$(mktemp -d); PORT=18765; BEHEER=18766
advies() { curl -s -o /dev/null -w '%{http_code} %{time_total}' -u intake:intake -H 'Content-Type: application/json' -d @$VERZOEK http://127.0.0.1:$PORT/api/v1/adviezen 2>/dev/null || true; }
for naam in "eerste start" herstart; do
    T0=$(date +%s%N)
    env $DEPLOY_OMGEVING java $JVM ${DIENST_OPTIES:-} -Dquarkus.http.port=$PORT \
        -Dquarkus.management.port=$BEHEER -Dindicatiewijzer.data-dir=$DATA -jar target/quarkus-app/quarkus-run.jar > $DATA.log 2>&1 &
    PID=$!
    # as a deployment does: the first advice once the service reports ready (readiness waits for the warm-ups)
    until curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:$BEHEER/q/health/ready 2>/dev/null | grep -q 200; do sleep 0.02; done
    A=""; until [ "${A%% *}" = 200 ]; do A=$(advies); [ "${A%% *}" = 200 ] || sleep 0.02; done
    T1=$(date +%s%N)
    echo "$naam: eerste advies na $(( (T1 - T0) / 1000000 )) ms, CPU-tijd van de dienst tot dan $(awk '{print ($14+$15)*10}' /proc/$PID/stat) ms;" \
        "dat advies duurde ${A#* } s aan de client, in de service: $(grep -m1 -o 'POST /api/v1/adviezen 200 [0-9]* ms' $DATA.log)"
    if [ "$naam" = herstart ]; then
        for i in $(seq 1 200); do advies > /dev/null; done
        echo "RSS na 200 adviezen: $(grep VmRSS /proc/$PID/status)"
    else
        # the bouwcache is written in the background; the restart should find all five regelingen
        for _ in $(seq 1 600); do [ "$(ls $DATA/bouwcache 2>/dev/null | grep -c kiebase)" -ge 5 ] && break; sleep 0.1; done
    fi
    kill $PID; wait $PID 2>/dev/null || true
done
rm -rf $DATA $DATA.log
