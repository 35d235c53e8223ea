# Sourced by the scripts in bench/los: start_dienst <port> <management port> <data dir> <log> [java options]
# starts target/quarkus-app/quarkus-run.jar pinned to core 1 as deploy/Containerfile runs it (bench/deploy-jvm.sh), then
# DIENST_OPTIES, then the options given, with the environment DIENST_OMGEVING added (e.g. "MALLOC_ARENA_MAX=4"), and
# returns once it answers the bench's mlw-mer request (bench/los/verzoek.json); its pid is in $PID.
source $(dirname "${BASH_SOURCE[0]}")/../deploy-jvm.sh
start_dienst() {
    local poort=$1 beheer=$2 data=$3 log=$4
    shift 4
    env $DEPLOY_OMGEVING ${DIENST_OMGEVING:-} taskset -c 1 java $DEPLOY_JVM ${DIENST_OPTIES:-} "$@" -Dquarkus.http.port=$poort \
        -Dquarkus.management.port=$beheer -Dindicatiewijzer.data-dir=$data -jar target/quarkus-app/quarkus-run.jar > $log 2>&1 &
    PID=$!
    until curl -s -o /dev/null -w "%{http_code}" -u intake:intake -H "Content-Type: application/json" -d @$LOS/verzoek.json \
        http://127.0.0.1:$poort/api/v1/adviezen 2>/dev/null | grep -q 200; do
        kill -0 $PID 2>/dev/null || { cat $log; exit 1; }
        sleep 0.2
    done
}
