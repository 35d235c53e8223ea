#!/usr/bin/env bash
# Start-up and resident memory of a packaged build: bench/los/start.sh <project dir>. Starts
# target/quarkus-app/quarkus-run.jar at -Xmx256m on an empty data dir, times until the first answered
# mlw-mer advice (with the service's CPU time until then), sends 200 advices and reads VmRSS.
set -e
VERZOEK=$(cd "$(dirname "$0")" && pwd)/verzoek.json
cd "$1"
DATA=$(mktemp -d); PORT=18765; BEHEER=18766
T0=$(date +%s%N)
java -Xmx256m -Dquarkus.http.port=$PORT -Dquarkus.management.port=$BEHEER -Dindicatiewijzer.data-dir=$DATA -jar target/quarkus-app/quarkus-run.jar > $DATA.log 2>&1 &
PID=$!
advies() { curl -s -o /dev/null -w '%{http_code}' -u intake:intake -H 'Content-Type: application/json' -d @$VERZOEK http://127.0.0.1:$PORT/api/v1/adviezen 2>/dev/null; }
until advies | grep -q 200; do sleep 0.05; done
T1=$(date +%s%N)
echo "eerste advies na $(( (T1 - T0) / 1000000 )) ms, CPU-tijd van de dienst tot dan $(awk '{print ($14+$15)*10}' /proc/$PID/stat) ms"
for i in $(seq 1 200); do advies > /dev/null; done
echo "RSS na 200 adviezen: $(grep VmRSS /proc/$PID/status)"
kill $PID; wait $PID 2>/dev/null || true
rm -rf $DATA $DATA.log
