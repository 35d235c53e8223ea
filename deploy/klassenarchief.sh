#!/usr/bin/env bash
# The service's class archive (dynamic AppCDS of JDK 17). A training run of the packaged service, on a throw-away data
# directory and with the JVM options it will run with, starts it, asks for advice (answered, unauthenticated and
# invalid) and stops it; at exit the JVM writes every class it loaded into <archief>. A JVM started with
# -XX:SharedArchiveFile=<archief> maps those classes instead of reading, verifying and linking them again (README,
# "Snelheid"). The archive holds only for the same JVM build and the same quarkus-run.jar (path, size, time): otherwise
# the JVM warns once and starts without it (seen). A class whose bytes differ from the archived one the JVM reads from
# its jar (its documented behaviour, not tested here).
#   deploy/klassenarchief.sh <quarkus-run.jar> <archief> "<JVM options>"
# Run it where the service will run (rules under indicatiewijzer.regels-map). Needs curl; ports: KLASSENARCHIEF_POORT
# (default 18180) and the next one.
set -euo pipefail
JAR=$1; ARCHIEF=$2; OPTIES=${3:-}
POORT=${KLASSENARCHIEF_POORT:-18180}; BEHEER=$((POORT + 1))
DATA=$(mktemp -d)
trap 'rm -rf "$DATA"' EXIT
rm -f "$ARCHIEF"
# shellcheck disable=SC2086 # the JVM options are words
java $OPTIES -XX:ArchiveClassesAtExit="$ARCHIEF" -Dquarkus.http.port=$POORT -Dquarkus.management.port=$BEHEER \
    -Dindicatiewijzer.data-dir="$DATA" -jar "$JAR" > "$DATA/training.log" 2>&1 &
PID=$!
for WACHT in $(seq 1200 -1 0); do # at most two minutes
    curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:$BEHEER/q/health/ready 2>/dev/null | grep -q 200 && break
    if [ "$WACHT" = 0 ] || ! kill -0 $PID 2>/dev/null; then
        echo "de service werd niet gereed voor de training:" >&2; grep -v -e "\[cds" -e "^\s*at " -e "^\s*\.\.\. " "$DATA/training.log" | tail -20 >&2; kill $PID 2>/dev/null; exit 1
    fi
    sleep 0.1
done
URL=http://127.0.0.1:$POORT/api/v1/adviezen
VERZOEK='{"regeling": "mlw-mer", "peildatum": "2027-03-01", "leeftijd": 38, "grondslagen": ["PSYCHISCH"],
 "perspectief": "ONTWIKKELING", "complexiteit": "GEMIDDELD", "hulpvragen": ["BEGELEIDING_INDIVIDUEEL"],
 "vervoer": {"zelfstandig": false, "afstandKm": 4}, "clientReferentie": "training"}'
for _ in 1 2 3; do
    curl -sf -o /dev/null -u intake:intake -H 'Content-Type: application/json' -d "$VERZOEK" $URL
    curl -s -o /dev/null -H 'Content-Type: application/json' -d "$VERZOEK" $URL
    curl -s -o /dev/null -u intake:intake -H 'Content-Type: application/json' -d '{"regeling": "mlw-mer"}' $URL
done
kill $PID
wait $PID || true
[ -s "$ARCHIEF" ] || { echo "geen klassenarchief geschreven:" >&2; grep -v -e "\[cds" -e "^\s*at " -e "^\s*\.\.\. " "$DATA/training.log" | tail -20 >&2; exit 1; }
# the JVM checks the archive against this JVM and these jars as a start would
# shellcheck disable=SC2086
[ "$(java $OPTIES -XX:SharedArchiveFile="$ARCHIEF" -XX:+PrintSharedArchiveAndExit -jar "$JAR" 2>&1 | tail -1)" = "archive is valid" ] \
    || { echo "het klassenarchief $ARCHIEF past niet bij deze JVM en $JAR" >&2; exit 1; }
echo "klassenarchief $ARCHIEF: $(du -m "$ARCHIEF" | cut -f1) MB"
