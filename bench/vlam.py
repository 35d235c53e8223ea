"""A flame graph (SVG) and the top-ten frames of collapsed stacks (async-profiler's, or bench/Jfrstapels.java's); stdlib only.
Usage: python3 bench/vlam.py stapels.txt vlamgrafiek.svg top.md "title" [toewijzing]
Width is a frame's share of all samples (with toewijzing: of all sampled bytes); root at the bottom; hover shows name, samples and share."""
import html, sys, zlib
from collections import Counter

BREEDTE, HOOGTE, LETTER, MIN_BREEDTE = 1200, 16, 7.0, 0.3
EENHEID = "monsters"

def lees(pad):
    stapels = []
    for regel in open(pad):
        stapel, _, n = regel.rstrip("\n").rpartition(" ")
        if stapel:
            stapels.append(([java_naam(f) for f in stapel.split(";")], int(n)))
    return stapels

def java_naam(frame):
    """async-profiler names a Java frame org/h2/mvstore/Page.write; JFR, and the areas below, org.h2.mvstore.Page.write."""
    return frame if " " in frame or "[" in frame else frame.replace("/", ".")

def boom(stapels):
    wortel = {"naam": "alle", "n": 0, "kinderen": {}}
    for frames, n in stapels:
        knoop = wortel
        knoop["n"] += n
        for f in frames:
            knoop = knoop["kinderen"].setdefault(f, {"naam": f, "n": 0, "kinderen": {}})
            knoop["n"] += n
    return wortel

def diepte(knoop):
    return 1 + max((diepte(k) for k in knoop["kinderen"].values()), default=0)

def kleur(naam):
    # one hue family per area, so that where the time goes shows at a glance
    gebieden = (("nl.indicatiewijzer.audit", 10), ("nl.indicatiewijzer", 30), ("org.drools", 120), ("org.kie", 120),
                ("org.h2", 200), ("org.postgresql", 200), ("com.fasterxml", 280), ("io.vertx", 50), ("io.netty", 50),
                ("io.quarkus", 330), ("org.jboss", 330), ("io.smallrye", 330), ("java.", 0), ("jdk.", 0), ("sun.", 0))
    toon = next((t for p, t in gebieden if naam.startswith(p)), 60)
    h = zlib.crc32(naam.encode()) % 20
    return f"hsl({toon + h - 10},{60 + h}%,{60 + h // 2}%)" if toon else f"hsl(0,0%,{65 + h}%)"

def svg(wortel, titel):
    d = diepte(wortel)
    hoogte = (d + 2) * HOOGTE + 10
    totaal = wortel["n"]
    uit = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{BREEDTE}" height="{hoogte}" font-family="monospace" font-size="11">',
           f'<title>{html.escape(titel)}</title><rect width="100%" height="100%" fill="#fdfdf6"/>',
           f'<text x="{BREEDTE / 2}" y="16" text-anchor="middle" font-size="13">{html.escape(titel)}</text>']

    def teken(knoop, x, niveau):
        w = knoop["n"] / totaal * BREEDTE
        if w < MIN_BREEDTE:
            return
        y = hoogte - (niveau + 1) * HOOGTE
        label = f'{knoop["naam"]} ({knoop["n"]} {EENHEID}, {100 * knoop["n"] / totaal:.2f} %)'
        tekst = knoop["naam"] if niveau else f"alle ({totaal} {EENHEID})"
        past = int((w - 4) / LETTER)
        kort = tekst if len(tekst) <= past else (tekst[:past - 2] + ".." if past > 3 else "")
        uit.append(f'<g><title>{html.escape(label)}</title><rect x="{x:.2f}" y="{y}" width="{w:.2f}" height="{HOOGTE - 1}" '
                   f'fill="{kleur(knoop["naam"])}" rx="2"/>' + (f'<text x="{x + 2:.2f}" y="{y + 12}">{html.escape(kort)}</text>' if kort else "") + "</g>")
        for kind in sorted(knoop["kinderen"].values(), key=lambda k: k["naam"]):
            teken(kind, x, niveau + 1)
            x += kind["n"] / totaal * BREEDTE

    teken(wortel, 0.0, 0)
    uit.append("</svg>")
    return "\n".join(uit)

GEBIEDEN = (("nl.indicatiewijzer.audit", "audit (hashketen, Merkleboom, opslag)"), ("nl.indicatiewijzer", "overige eigen code"),
            ("org.drools", "Drools"), ("org.kie", "Drools"), ("org.mvel2", "Drools (MVEL)"), ("org.h2", "H2"),
            ("org.postgresql", "PostgreSQL-driver"), ("io.agroal", "verbindingspool"), ("com.fasterxml", "Jackson (JSON)"),
            ("org.hibernate.validator", "bean validation"), ("org.jboss.logmanager", "logging"), ("org.jboss.logging", "logging"),
            ("io.quarkus.security", "beveiliging"), ("io.quarkus.elytron", "beveiliging"), ("org.wildfly.security", "beveiliging"),
            ("io.micrometer", "metingen"), ("io.opentelemetry", "tracing"), ("io.netty", "HTTP (Vert.x, Netty)"),
            ("io.vertx", "HTTP (Vert.x, Netty)"), ("org.jboss.resteasy", "REST (Quarkus REST)"), ("io.quarkus", "Quarkus"),
            ("io.smallrye", "Quarkus"), ("org.jboss.threads", "threads"), ("org.jboss", "Quarkus"), ("javax.crypto", "HMAC en SHA-256 (javax.crypto)"),
            ("com.arjuna", "transacties (Narayana)"), ("io.prometheus", "metingen"), ("javax.management", "metingen"),
            ("ConditionEvaluator", "Drools"), ("Consequence", "Drools"), ("LambdaExtractor", "Drools"), ("LambdaPredicate", "Drools"))

def gebied(frames):
    """The area of a sample: its deepest Java frame outside the JDK decides (a HashMap in H2 counts for H2, and so does the
    kernel's futex under H2's lock); JVM, stub and kernel frames have no dot, or '::', a space or '_[k]'."""
    for f in reversed(frames):
        java = "." in f and "::" not in f and " " not in f and not f.endswith("_[k]") and not f.startswith("[")
        if java and not f.startswith(("java.", "jdk.", "sun.", "com.sun.")):
            return next((naam for p, naam in GEBIEDEN if f.startswith(p)), "overig")
    return "alleen JDK, JVM of kernel (GC, JIT, I/O zonder aanroeper)"

def top(stapels, aantal=10):
    totaal = sum(n for _, n in stapels)
    zelf, inclusief = Counter(), Counter()
    for frames, n in stapels:
        zelf[frames[-1]] += n
        for f in set(frames):
            inclusief[f] += n
    rijen = ["| # | frame (eigen tijd) | eigen | inclusief |", "| --- | --- | --- | --- |"]
    for i, (f, n) in enumerate(zelf.most_common(aantal), 1):
        rijen.append(f"| {i} | `{f}` | {100 * n / totaal:.1f} % | {100 * inclusief[f] / totaal:.1f} % |")
    eigen = [(f, n) for f, n in inclusief.most_common() if f.startswith("nl.indicatiewijzer.") and "_Subclass" not in f
             and "_ClientProxy" not in f and "$quarkusrestinvoker$" not in f and "$$Lambda" not in f]
    rijen += ["", "| # | eigen code (inclusief) | inclusief | eigen |", "| --- | --- | --- | --- |"]
    for i, (f, n) in enumerate(eigen[:aantal], 1):
        rijen.append(f"| {i} | `{f}` | {100 * n / totaal:.1f} % | {100 * zelf[f] / totaal:.1f} % |")
    per_gebied = Counter()
    for frames, n in stapels:
        per_gebied[gebied(frames)] += n
    rijen += ["", "| gebied (het diepste Java-frame buiten java.*/jdk.*) | aandeel |", "| --- | --- |"]
    for g, n in per_gebied.most_common():
        rijen.append(f"| {g} | {100 * n / totaal:.1f} % |")
    return totaal, "\n".join(rijen)

if __name__ == "__main__":
    toewijzing = len(sys.argv) > 5 and sys.argv[5] == "toewijzing"
    EENHEID = "bytes" if toewijzing else EENHEID
    stapels = lees(sys.argv[1])
    titel = sys.argv[4] if len(sys.argv) > 4 else "Indicatiewijzer"
    open(sys.argv[2], "w").write(svg(boom(stapels), titel))
    totaal, tabel = top(stapels)
    bron = "gemonsterde bytes (JFR jdk.ObjectAllocationSample)" if toewijzing else "CPU-monsters (async-profiler, één per milliseconde CPU-tijd)"
    open(sys.argv[3], "w").write(f"{totaal} {bron}.\n\n{tabel}\n")
