#!/usr/bin/env bash
# Latency at a fixed rate on H2, with the service's GC pauses: bench/los/vast.sh <project dir> <rate> <seconds> <client warm-up s>.
# Needs ./mvnw package -DskipTests and target/cp.txt (./mvnw test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt).
# The service (deploy JVM options, GC log to target/vast-gc.log) on core 1, warmed up until its JIT settled (bench/opwarmen.sh);
# then Vastetempo on core 0: first <client warm-up> s uncounted, then <seconds> s measured. Prints the warm-up, the
# percentiles and the GC pauses of the measured part.
set -euo pipefail
LOS=$(cd "$(dirname "$0")" && pwd)
cd "$1"
TEMPO=$2; DUUR=$3; KLANT_WARM=$4
D=$(mktemp -d); P=18831; B=18832
python3 $LOS/../wrk-post.py "$LOS/verzoek.json" > $D.lua
taskset -c 1 java -Xmx256m -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=64m ${DIENST_OPTIES:-} -Xlog:gc:file=target/vast-gc.log:timemillis \
    -Dquarkus.http.port=$P -Dquarkus.management.port=$B -Dindicatiewijzer.data-dir=$D -jar target/quarkus-app/quarkus-run.jar > $D.log 2>&1 &
PID=$!
until curl -s -o /dev/null -w "%{http_code}" -u intake:intake -H "Content-Type: application/json" -d @$LOS/verzoek.json http://127.0.0.1:$P/api/v1/adviezen 2>/dev/null | grep -q 200; do
    kill -0 $PID 2>/dev/null || { cat $D.log; exit 1; }; sleep 0.2
done
KLANT="taskset -c 0" "$LOS/../opwarmen.sh" $PID http://127.0.0.1:$P/api/v1/adviezen $D.lua 420
START=$(( $(date +%s%3N) + KLANT_WARM * 1000 ))
taskset -c 0 java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" nl.indicatiewijzer.bench.Vastetempo \
    http://127.0.0.1:$P/api/v1/adviezen $TEMPO $DUUR 64 "$LOS/verzoek.json" $KLANT_WARM
kill $PID; wait $PID 2>/dev/null || true
python3 - target/vast-gc.log $START <<'PY'
import re, sys
jong, vol = [], []
for regel in open(sys.argv[1]):
    m = re.match(r"\[(\d+)ms\].*Pause (Young|Full).* ([\d.]+)ms", regel)
    if m and int(m.group(1)) >= int(sys.argv[2]):
        (jong if m.group(2) == "Young" else vol).append(float(m.group(3)))
print(f"GC in het gemeten deel: {len(jong)} jonge pauzes (gemiddeld {sum(jong) / max(len(jong), 1):.1f} ms, langste {max(jong, default=0):.1f} ms), "
      f"{len(vol)} volledige (langste {max(vol, default=0):.1f} ms)")
PY
rm -rf $D $D.log $D.lua
