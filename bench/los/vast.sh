#!/usr/bin/env bash
# Latency at a fixed rate on H2, with the service's GC pauses: bench/los/vast.sh <project dir> <rate> <seconds> <client warm-up s>.
# Needs ./mvnw package -DskipTests and target/cp.txt (./mvnw test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt).
# The service (deploy JVM options, GC log to target/vast-gc.log) on core 1, warmed up until its JIT settled (bench/opwarmen.sh);
# then Vastetempo on core 0: first <client warm-up> s uncounted, then <seconds> s measured. Prints the warm-up, the
# percentiles, and of the measured part: the GC pauses, the service's CPU per advice, its durable commits (advices per
# commit), the bytes it wrote to disk per advice (write_bytes of /proc/<pid>/io), its own p50/p99 (the histogram of
# indicatiewijzer.advies.duur, from arrival in the service to durable) and its CPU per thread group (bench/draden.py).
set -euo pipefail
LOS=$(cd "$(dirname "$0")" && pwd)
cd "$1"
TEMPO=$2; DUUR=$3; KLANT_WARM=$4
D=$(mktemp -d); P=18831; B=18832
python3 $LOS/../wrk-post.py "$LOS/verzoek.json" > $D.lua
source $LOS/dienst.sh
start_dienst $P $B $D $D.log -Xlog:gc:file=target/vast-gc.log:timemillis
KLANT="taskset -c 0" "$LOS/../opwarmen.sh" $PID http://127.0.0.1:$P/api/v1/adviezen $D.lua 420
START=$(( $(date +%s%3N) + KLANT_WARM * 1000 ))
meet() { python3 $LOS/../draden.py $PID $D.$1.draden; awk '{print $14 + $15}' /proc/$PID/stat > $D.$1.cpu; awk '/^write_bytes/ {print $2}' /proc/$PID/io > $D.$1.io
    curl -s http://127.0.0.1:$B/q/metrics > $D.$1.metrics; }
(sleep $KLANT_WARM; meet voor) &
taskset -c 0 java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" nl.indicatiewijzer.bench.Vastetempo \
    http://127.0.0.1:$P/api/v1/adviezen $TEMPO $DUUR 64 "$LOS/verzoek.json" $KLANT_WARM
meet na
kill $PID; wait $PID 2>/dev/null || true
python3 - target/vast-gc.log $START $D <<'PY'
import re, sys
jong, vol = [], []
for regel in open(sys.argv[1]):
    m = re.match(r"\[(\d+)ms\].*Pause (Young|Full).* ([\d.]+)ms", regel)
    if m and int(m.group(1)) >= int(sys.argv[2]):
        (jong if m.group(2) == "Young" else vol).append(float(m.group(3)))
print(f"GC in het gemeten deel: {len(jong)} jonge pauzes (gemiddeld {sum(jong) / max(len(jong), 1):.1f} ms, langste {max(jong, default=0):.1f} ms), "
      f"{len(vol)} volledige (langste {max(vol, default=0):.1f} ms)")
def metingen(deel):
    waarden = {}
    for regel in open(f"{sys.argv[3]}.{deel}.metrics"):
        m = re.match(r'indicatiewijzer_advies_duur_seconds_bucket\{regeling="mlw-mer",le="([^"]+)"\} (\S+)', regel)
        if m:
            waarden[float(m.group(1))] = float(m.group(2))
        m = re.match(r"(indicatiewijzer_audit_partij_adviezen_(?:count|sum)) (\S+)", regel)
        if m:
            waarden[m.group(1)] = float(m.group(2))
    return waarden, int(open(f"{sys.argv[3]}.{deel}.cpu").read()), int(open(f"{sys.argv[3]}.{deel}.io").read())
(voor, cpu0, io0), (na, cpu1, io1) = metingen("voor"), metingen("na")
verschil = {k: na[k] - voor.get(k, 0) for k in na}
adviezen, commits = verschil["indicatiewijzer_audit_partij_adviezen_sum"], verschil["indicatiewijzer_audit_partij_adviezen_count"]
open(f"{sys.argv[3]}.adviezen", "w").write(f"{adviezen:.0f}")
emmers = sorted((k, n) for k, n in verschil.items() if isinstance(k, float))
p = lambda q: next(le for le, n in emmers if n >= q * emmers[-1][1]) * 1000
print(f"Service in het gemeten deel: {(cpu1 - cpu0) * 10 / adviezen:.3f} ms CPU per advies, {commits:.0f} duurzame commits "
      f"({adviezen / commits:.1f} adviezen per commit), {(io1 - io0) / adviezen / 1024:.1f} kB naar schijf per advies, "
      f"eigen duur p50 <= {p(0.5):.1f} ms, p99 <= {p(0.99):.1f} ms")
PY
python3 $LOS/../draden.py $D.voor.draden $D.na.draden $(cat $D.adviezen)
rm -rf $D $D.log $D.lua $D.voor.* $D.na.* $D.adviezen
