"""Writes BENCHMARKS.md from the outputs of bench/run.sh (argument: its output folder and mode)."""
import json, os, platform, re, statistics, subprocess, sys, datetime

uit, modus = sys.argv[1], sys.argv[2]

def lees(naam):
    p = os.path.join(uit, naam)
    return open(p).read() if os.path.exists(p) else ""

def jmh(naam):
    t = lees(naam)
    return json.loads(t) if t.strip() else []

def json_regel(naam):
    t = lees(naam).strip().splitlines()
    return json.loads(t[-1]) if t else {}

def getal(x, d=0):
    try:
        return f"{float(x):,.{d}f}".replace(",", " ")
    except ValueError:
        return str(x)

def ja(b):
    return "gehaald" if b else "**niet gehaald**"

cpu = re.search(r"model name\s*:\s*(.*)", open("/proc/cpuinfo").read())
geheugen = int(re.search(r"MemTotal:\s*(\d+)", open("/proc/meminfo").read()).group(1)) // 1024 // 1024
java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
print("# Benchmarks\n")
print(f"Eén run van `bench/run.sh{' rook' if modus == 'rook' else ''}` op {datetime.date.today()}: "
      f"{os.cpu_count()} cores ({cpu.group(1) if cpu else platform.processor()}), {geheugen} GiB, {java}. "
      "Client en service op dezelfde machine; de cijfers zijn metingen, geen testeisen. De service draait met de "
      "JVM-opties van `deploy/Containerfile` (`" + os.environ.get("DIENST_JVM", "standaard") + "`). Bij elke HTTP-meting "
      f"draait de lastclient (wrk, Vastetempo, Wisselaar) vastgezet op core {os.environ.get('CLIENT_KERN', '0')} en de service "
      f"(met PostgreSQL) op core {os.environ.get('DIENST_KERN', '1')} (`taskset`); het vaste tempo is de helft van het in "
      "dezelfde run gemeten maximum. Elke service is eerst onder volle last opgewarmd tot zijn JIT klaar was "
      f"(`bench/opwarmen.sh`: vensters van {os.environ.get('VENSTER', '30')} s tot de compilerthreads in twee vensters op rij hooguit 3 % van de core "
      "gebruikten; het verloop staat onder *Opwarmen*). De kolom *t.o.v. referentie* deelt elk HTTP-cijfer (verzoeken per seconde) door dat van "
      "de kale referentie, in dezelfde run gemeten: zelfde build, HTTP-stapel, Basic-aanmelding, JSON naar `Clientsituatie` en "
      "actieve mlw-mer-regels, maar geen validatie, verantwoording of audit (`POST /api/v1/meting/referentie`, alleen aan met "
      "`indicatiewijzer.meting.referentie=true`).")
if modus == "rook":
    print("\n**Rookrun**: elke meting kort, alleen om te zien dat ze werken; deze cijfers zeggen niets.")

rijen = []

def wrk_tempo(naam):
    w = re.search(r"Requests/sec:\s*([\d.]+)", lees(f"wrk-{naam}.txt"))
    return float(w.group(1)) if w else None

def cpu_per_verzoek(naam):
    """Service CPU per answered request over the maximum run, in ms (clock ticks of 10 ms)."""
    t = lees(f"cpu-{naam}.txt").split()
    return int(t[1]) * 10 / int(t[0]) if len(t) == 2 and int(t[0]) > 0 else None

referentie = wrk_tempo("referentie")

def verhouding(tempo):
    return f"{tempo / referentie:.2f}x" if referentie and tempo is not None else ""

def per_regeling(draden):
    return {r["params"]["regeling"]: r for naam in sorted(os.listdir(uit))
            if naam.startswith(f"jmh-advies-{draden}t-") and naam.endswith(".json") for r in jmh(naam)}

een, twee = per_regeling(1), per_regeling(2)

def metingen(bestand):
    """The readings of bench/machinemeter.py in one file: (clock, µs for its fixed work)."""
    return [tuple(map(float, r.split())) for r in lees(bestand).splitlines() if len(r.split()) == 2]

def meter(naam):
    """The readings beside one measurement, of the meter on every core it used."""
    return [x for bestand in sorted(os.listdir(uit)) if bestand.startswith(f"machine-{naam}-kern") for x in metingen(bestand)]

# the machine at full speed: the lower tenth of the meter's times over every measurement it ran beside, warm-ups
# included (a median would call a run slow only against itself, and a run that is slow all through would count as normal)
alle_tijden = sorted(us for bestand in os.listdir(uit) if bestand.startswith("machine-") for _, us in metingen(bestand))
snelst = alle_tijden[len(alle_tijden) // 10] if len(alle_tijden) >= 10 else None

def snelheid(tijden):
    """The machine's speed while the meter took these times, as a share of its full speed (None without readings)."""
    return snelst / statistics.mean(tijden) if tijden and snelst else None

def machine_tekst(naam):
    v = snelheid([us for _, us in meter(naam)])
    return f"; machine gemiddeld op {v * 100:.0f} %" if v else ""

def iteraties(draden, regeling):
    """Each measured iteration of an in-process run: its advices/s and the machine's speed meanwhile, as a share of
    its full speed (None without readings)."""
    its = [(float(m.group(1)), float(m.group(2))) for m in
           re.finditer(r"^([\d.]+) Iteration\s+\d+: ([\d.]+) ops/s", lees(f"jmh-advies-{draden}t-{regeling}.txt"), re.M)]
    lezingen = meter(f"{draden}t-{regeling}")
    tijdens = [[us for t, us in lezingen if eind - 2 < t <= eind] for eind, _ in its]
    return [(score, snelheid(w)) for (_, score), w in zip(its, tijdens)]

def iteraties_tekst(draden, regeling):
    its = iteraties(draden, regeling)
    if not its:
        return ""
    tekst = f", mediaan van de iteraties {getal(statistics.median(s for s, _ in its))}/s"
    snelheden = [v for _, v in its if v is not None]
    if snelheden:
        traag = [s for s, v in its if v is not None and v < 0.8]
        snel = [s for s, v in its if v is not None and v >= 0.8]
        tekst += f"; machine gemiddeld op {statistics.mean(snelheden) * 100:.0f} %, traag in {len(traag)} van {len(its)} iteraties"
        if traag and snel:
            tekst += f" (mediaan {getal(statistics.median(traag))}/s, de andere {getal(statistics.median(snel))}/s)"
    return tekst

monster = {r["params"]["regeling"]: r for r in jmh("jmh-advies-sample.json")}
def doel_een(regeling):
    return 8000 if regeling == "stede-broec" else 25000

for regeling, r in een.items():
    m = r["primaryMetric"]
    p99 = monster.get(regeling, {}).get("primaryMetric", {}).get("scorePercentiles", {}).get("99.0", float("nan"))
    rijen.append((f"advies in het proces, 1 thread, {regeling}", f">= {getal(doel_een(regeling))}/s",
                  f"{getal(m['score'])}/s ± {getal(m['scoreError'])}, p99 {getal(p99, 1)} µs{iteraties_tekst(1, regeling)}",
                  ja(m["score"] >= doel_een(regeling)), ""))
for regeling, r in twee.items():
    m = r["primaryMetric"]
    enkel = een.get(regeling, {}).get("primaryMetric", {}).get("score")
    factor = m["score"] / enkel if enkel else float("nan")
    rijen.append((f"advies in het proces, 2 threads, {regeling}", ">= 1,7x 1 thread", f"{getal(m['score'])}/s ± {getal(m['scoreError'])}: {getal(factor, 2)}x{iteraties_tekst(2, regeling)}",
                  ja(factor >= 1.7), ""))
perceel = {r["benchmark"].split(".")[-1]: r["primaryMetric"]["score"] for r in jmh("jmh-perceel.json")}
if perceel:
    factor = perceel["javaBasislijn"] / perceel["drools"]
    rijen.append(("Drools tegen de Java-basislijn (mlw-mer-perceel)", "gerapporteerd; streven binnen 10x",
                  f"Drools {getal(perceel['drools'])}/s, Java {getal(perceel['javaBasislijn'])}/s: {getal(factor, 0)}x",
                  ja(factor <= 10), ""))
if referentie:
    c = cpu_per_verzoek("referentie")
    rijen.append(("HTTP, kale referentie (mlw-mer-regels, geen validatie/verantwoording/audit), maximaal (wrk, 16 verbindingen)",
                  "(ter vergelijking)", f"{getal(referentie)}/s" + (f", service-CPU {c:.3f} ms per verzoek" if c else "") + machine_tekst("max-referentie"),
                  "", "1.00x"))
for naam, label in (("h2", "ingebouwde opslag (H2)"), ("pg", "PostgreSQL")):
    tempo = wrk_tempo(naam)
    if tempo is not None:
        c = cpu_per_verzoek(naam)
        rijen.append((f"HTTP, duurzame audit, {label}, maximaal (wrk, 16 verbindingen)",
                      ">= 2 000/s, service-CPU <= 0,5 ms per advies en >= 25 % van de referentie",
                      f"{getal(tempo)}/s" + (f", service-CPU {c:.3f} ms per advies" if c else "") + machine_tekst(f"max-{naam}"),
                      ja(tempo >= 2000 and c is not None and c <= 0.5 and referentie is not None and tempo >= 0.25 * referentie),
                      verhouding(tempo)))
    v = json_regel(f"vast-{naam}.json")
    if v:
        client_warm = f" na {v['opwarmen_s']} s opwarmen van de client" if v.get("opwarmen_s") else ""
        rijen.append((f"HTTP op vast {getal(v['tempo'])}/s (helft van het maximum), {label}, {v['seconden']} s{client_warm}", "p99 <= 20 ms, p99,9 <= 50 ms, 0 fouten",
                      f"bereikt {getal(v['bereikt'])}/s, p50 {v['p50_ms']} ms, p99 {v['p99_ms']} ms, p99,9 {v['p999_ms']} ms, {v['fouten']} fouten; client-CPU {v['client_cpu_s']} s{machine_tekst(f'vast-{naam}')}",
                      ja(v["p99_ms"] <= 20 and v["p999_ms"] <= 50 and v["fouten"] == 0), verhouding(v["bereikt"])))
    rss = [int(x) for x in lees(f"rss-{naam}.txt").split() if x.isdigit()]
    if rss:
        rijen.append((f"residentgeheugen onder last, {label}", "<= 400 MB", f"max {getal(max(rss) / 1024)} MB", ja(max(rss) / 1024 <= 400), ""))
warm = [(m.group(1), int(m.group(2))) for m in re.finditer(r"ronde 2, ([\w-]+): .*warm mediaan (\d+) ms", lees("bouw.txt"))]
koud = [(m.group(1), int(m.group(2))) for m in re.finditer(r"ronde 1, ([\w-]+): eerste (\d+) ms", lees("bouw.txt"))]
for (regeling, ms), (_, k) in zip(warm, koud):
    rijen.append((f"herbouw van {regeling}, warm (koud)", "<= 1 s", f"{ms} ms ({k} ms)", ja(ms <= 1000), ""))
herbouw = re.search(r"eerste (\d+) ms, warm mediaan (\d+) ms .*upload met controle mediaan (\d+) ms", lees("herbouw.txt"))
if herbouw:
    k, ms, upload = (int(x) for x in herbouw.groups())
    rijen.append(("herbouw van stede-broec in de service na een upload, warm (koud)", "<= 1 s",
                  f"{ms} ms ({k} ms); de hele upload met controle {upload} ms", ja(ms <= 1000), ""))
stil, last = json_regel("wissel-stil.json"), json_regel("wissel-last.json")
if stil and last:
    rijen.append((f"versiewissel onder 500/s (2 wissels in {last['seconden']} s)", "0 fouten, p99 <= 3x stabiel",
                  f"{last['fouten']} fouten, p99 {last['p99_ms']} ms tegen {stil['p99_ms']} ms stabiel",
                  ja(last["fouten"] == 0 and last["p99_ms"] <= 3 * max(stil["p99_ms"], 0.001)), verhouding(last["bereikt"])))
koud = [int(x) for x in lees("start-koud.txt").split()]
if koud:
    rijen.append(("start tot eerste advies, eerste start (lege datamap: alles compileren)", "<= 10 s",
                  f"mediaan {getal(statistics.median(koud) / 1000, 1)} s ({', '.join(getal(s / 1000, 1) for s in koud)})",
                  ja(statistics.median(koud) <= 10000), ""))
starts = [int(x) for x in lees("start.txt").split()]
if starts:
    rijen.append(("start tot eerste advies, herstart (bouwcache)", "<= 5 s", f"mediaan {getal(statistics.median(starts) / 1000, 1)} s ({', '.join(getal(s / 1000, 1) for s in starts)})",
                  ja(statistics.median(starts) <= 5000), ""))
eerste = [float(x) * 1000 for x in (lees("start-eerste.txt") + " " + lees("start-koud-eerste.txt")).split()]
if eerste:
    rijen.append(("duur van het eerste advies na een start (herstarts en eerste starts)", "<= 50 ms",
                  f"max {getal(max(eerste), 1)} ms ({', '.join(getal(e, 1) for e in eerste)})", ja(max(eerste) <= 50), ""))
impact = [int(m.group(1)) for m in re.finditer(r"= (\d+) herhalingen/s", lees("publicatie.txt"))]
if impact:
    rijen.append(("herhaling / impactanalyse", ">= 10 000/s", f"beste {getal(max(impact))}/s (runs: {', '.join(getal(i) for i in impact)})",
                  ja(max(impact) >= 10000), ""))
heap = re.findall(r"heap na activering (\d+): (\d+) MB(?: \(([+-][\d.]+) %\))?", lees("publicatie.txt"))
if len(heap) >= 2:
    rijen.append((f"heap na {heap[-1][0]} versiewissels", "binnen 10 % van na de eerste", f"{heap[0][1]} -> {heap[-1][1]} MB ({heap[-1][2]} %)",
                  ja(abs(float(heap[-1][2])) <= 10), ""))

print("\n| meting | doel | gemeten | | t.o.v. referentie |\n| --- | --- | --- | --- | --- |")
for r in rijen:
    print("| " + " | ".join(r) + " |")
if snelst:
    print("\n*Machine*: naast de metingen in het proces, de maxima en het vaste tempo mat `bench/machinemeter.py` op elke core die de "
          "benchmark of de service gebruikte, met voorrang, elke 2 s hoe lang hetzelfde korte stuk werk duurde. Zijn snelheid is de tijd "
          "van de machine op zijn snelst (het snelste tiende van al die metingen) gedeeld door de gemiddelde tijd tijdens de meting, of "
          "tijdens een iteratie van JMH; *traag* is onder 80 %. Een factor voor twee threads deelt door een meting met één thread waarin "
          "de machine anders kan hebben gelopen: beide snelheden staan erbij. Zakt de core zo ver, dan zakt wat erop draait mee (README, \"Snelheid\"). Elk doel "
          "wordt beoordeeld op wat gemeten is, trage vensters inbegrepen.")
vlam = lees("vlam-top.md")
if vlam:
    plaatje = "docs/vlamgrafiek.svg" if modus != "rook" else "vlamgrafiek.svg"
    print("\n## Vlamgrafiek: waar de CPU van een duurzaam advies heen gaat\n")
    print(f"![Vlamgrafiek van de service onder duurzame mlw-mer-last]({plaatje})\n")
    print("Breedte is het aandeel in de CPU-monsters van async-profiler (één per milliseconde CPU-tijd van elke thread, met "
          "de frames van Java, de JVM en de kernel; wachten telt niet mee); de wortel staat onderaan. Het plaatje is interactief in een browser (naam en aandeel per "
          "frame bij aanwijzen).\n")
    print(vlam)
opwarmen = [(naam, lees(f"warm-{naam}.txt").strip()) for naam in ("referentie", "h2", "pg")]
if any(t for _, t in opwarmen):
    print("\n## Opwarmen\n")
    print("Elke HTTP-meting begint pas als de JIT van de service klaar is: op één core duurt dat onder deze last een paar "
          "minuten, en een vaste kortere opwarmtijd mat een service waarvan de compilerthreads nog een vijfde van de core "
          "gebruikten (de vorige versie van deze benchmark, 120 s). Per venster van `bench/opwarmen.sh`:\n")
    for naam, tekst in opwarmen:
        if tekst:
            print(f"### warm-{naam}.txt\n\n```\n{tekst}\n```\n")
    if lees("vlam-opwarmen.txt").strip():
        print(f"### vlam-opwarmen.txt\n\n```\n{lees('vlam-opwarmen.txt').strip()}\n```\n")
print("\n## Ruwe uitvoer\n")
for naam in [f"jmh-advies-{d}t-{r}.txt" for d in (1, 2) for r in een] + ["jmh-advies-sample.txt", "jmh-perceel.txt", "bouw.txt", "herbouw.txt", "validatie.txt", "boom.txt", "log.txt", "wrk-referentie.txt", "wrk-h2.txt",
             "wrk-pg.txt", "publicatie.txt", "wissel.txt"]:
    tekst = lees(naam)
    if tekst:
        regels = tekst.strip().splitlines()
        # the in-process runs keep their measured iterations, each with the clock the machine meter shares
        kern = [l for l in regels if l.startswith("Benchmark") or " thrpt " in l or " sample " in l or "·p0.99" in l
                or re.match(r"[\d.]+ (Iteration|# Fork)", l)] if naam.startswith("jmh") else regels
        print(f"### {naam}\n\n```\n" + "\n".join(kern[-60:]) + "\n```\n")
