"""The service's CPU per thread over a measured part, from /proc (user plus kernel time, the clock ticks of every thread):
python3 bench/draden.py <pid> <file>                     snapshot of every thread of <pid>
python3 bench/draden.py <before> <after> <advices>       a Markdown table: per thread group the CPU in between and per advice
Threads are grouped by name without their number (executor-thread-12 counts as executor-thread); Linux cuts names at 15 characters."""
import json, os, re, sys
from collections import Counter

TIK = os.sysconf("SC_CLK_TCK")

def opname(pid):
    draden = {}
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            stat = open(f"/proc/{pid}/task/{tid}/stat").read()
        except OSError:
            continue
        velden = stat[stat.rindex(")") + 2:].split()
        draden[tid] = [stat[stat.index("(") + 1:stat.rindex(")")], int(velden[11]), int(velden[12])]
    return draden

def tabel(voor, na, adviezen):
    totaal, kernel = Counter(), Counter()
    for tid, (naam, gebruiker, systeem) in na.items():
        _, g0, s0 = voor.get(tid, (naam, 0, 0))
        groep = re.sub(r"[-#]?\d+$", "", naam)
        totaal[groep] += gebruiker - g0 + systeem - s0
        kernel[groep] += systeem - s0
    alles = sum(totaal.values())
    rijen = ["| thread (groep) | CPU | per advies | waarvan in de kernel |", "| --- | --- | --- | --- |"]
    for groep, tikken in totaal.most_common():
        if tikken * 1000 < alles:
            break
        rijen.append(f"| {groep} | {tikken / TIK:.2f} s ({100 * tikken / alles:.1f} %) | {tikken / TIK * 1000 / adviezen:.3f} ms "
                     f"| {kernel[groep] / TIK:.2f} s |")
    rijen.append(f"| samen | {alles / TIK:.2f} s | {alles / TIK * 1000 / adviezen:.3f} ms | {sum(kernel.values()) / TIK:.2f} s |")
    return "\n".join(rijen)

if __name__ == "__main__":
    if len(sys.argv) == 3:
        json.dump(opname(sys.argv[1]), open(sys.argv[2], "w"))
    else:
        print(tabel(json.load(open(sys.argv[1])), json.load(open(sys.argv[2])), float(sys.argv[3])))
