#!/usr/bin/env bash
# What the embedded H2 keeps as its audit log grows: bench/los/groei.sh <project dir> <windows> [<seconds per window>].
# The service (deploy JVM options and class archive, extra options in DIENST_OPTIES) on core 1, wrk at full load
# (one thread, 16 connections, the bench's mlw-mer request) on core 0, from a cold start, in windows (default 60 s).
# After each window: advices/s, the service's CPU per advice, its resident memory, the H2 file, H2's chunks in the
# heap (instances of SFChunk in a class histogram; the histogram forces a full GC, which the count below leaves out)
# and the full GCs the load caused. At the end H2's own figures of the file (information_schema.settings, info.*).
# Other H2 settings than the service's: H2_INSTELLINGEN=";AUTO_COMPACT_FILL_RATE=90;COMPRESS=TRUE" replaces all of its own
# (systeem/Opslagkeuze: AUTO_COMPACT_FILL_RATE=30;PAGE_SIZE=4096), so name again those to keep.
set -euo pipefail
LOS=$(cd "$(dirname "$0")" && pwd)
cd "$1"
VENSTERS=$2; V=${3:-60}
D=$(mktemp -d); P=18841; B=18842
python3 $LOS/../wrk-post.py "$LOS/verzoek.json" > $D.lua
URL=()
[ -n "${H2_INSTELLINGEN:-}" ] && URL=("-Dquarkus.datasource.h2.jdbc.url=jdbc:h2:file:$D/indicatiewijzer;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE$H2_INSTELLINGEN")
source $LOS/dienst.sh
start_dienst $P $B $D $D.log -XX:SharedArchiveFile=target/quarkus-app/klassen.jsa "${URL[@]}" -Xlog:gc:file=$D.gc:timemillis
opgeslagen() { curl -s http://127.0.0.1:$B/q/metrics | awk '/^indicatiewijzer_audit_partij_adviezen_sum/ {print int($2)}'; }
cpu() { awk '{print $14 + $15}' /proc/$PID/stat; }
echo "venster | adviezen/s | opgeslagen | CPU per advies | RSS | H2-bestand | chunks in de heap | volledige GC's door de last"
for i in $(seq 1 "$VENSTERS"); do
    c0=$(cpu); n0=$(opgeslagen)
    tempo=$(taskset -c 0 wrk -t1 -c16 -d${V}s -s $D.lua http://127.0.0.1:$P/api/v1/adviezen | awk '/Requests\/sec/ {print $2}')
    c1=$(cpu); n1=$(opgeslagen)
    chunks=$(jcmd $PID GC.class_histogram | awk '$4 == "org.h2.mvstore.SFChunk" {print $2}')
    echo "$i | $tempo | $n1 | $(python3 -c "print(round(($c1 - $c0) * 10 / ($n1 - $n0), 3))") ms | $(awk '/VmRSS/ {print int($2 / 1024)}' /proc/$PID/status) MB" \
        "| $(du -m $D/indicatiewijzer.mv.db | cut -f1) MB | ${chunks:-0} | $(grep "Pause Full" $D.gc | grep -vc "Heap Inspection" || true)"
done
kill $PID; wait $PID 2>/dev/null || true
H2=$(ls target/quarkus-app/lib/main/com.h2database.h2-*.jar)
java -cp "$H2" org.h2.tools.Shell -url "jdbc:h2:file:$D/indicatiewijzer;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE" -user sa -sql \
    "SELECT setting_name, setting_value FROM information_schema.settings WHERE setting_name IN ('info.FILE_SIZE', 'info.CHUNK_COUNT', 'info.CURRENT_VERSION', 'info.CHUNKS_FILL_RATE', 'info.PAGE_COUNT_LIVE')"
rm -rf $D $D.log $D.gc $D.lua
