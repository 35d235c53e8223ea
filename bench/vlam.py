"""A flame graph (SVG) and the top-ten frames of collapsed stacks (bench/Jfrstapels.java); stdlib only.
Usage: python3 bench/vlam.py stapels.txt vlamgrafiek.svg top.md "title"
Width is a frame's share of all samples; root at the bottom; hover shows name, samples and share."""
import html, sys, zlib
from collections import Counter

BREEDTE, HOOGTE, LETTER, MIN_BREEDTE = 1200, 16, 7.0, 0.3

def lees(pad):
    stapels = []
    for regel in open(pad):
        stapel, _, n = regel.rstrip("\n").rpartition(" ")
        if stapel:
            stapels.append((stapel.split(";"), int(n)))
    return stapels

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
        label = f'{knoop["naam"]} ({knoop["n"]} monsters, {100 * knoop["n"] / totaal:.2f} %)'
        tekst = knoop["naam"] if niveau else f"alle ({totaal} monsters)"
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
    rijen += ["", "| # | frame (inclusief, zonder threadwortels) | inclusief | eigen |", "| --- | --- | --- | --- |"]
    wortels = ("java.lang.Thread.run", "java.util.concurrent.ThreadPoolExecutor", "org.jboss.threads.", "io.netty.util.concurrent.",
               "io.netty.util.internal.ThreadExecutorMap", "io.netty.channel.nio.NioEventLoop.run", "io.vertx.core.impl.ContextInternal",
               "[afgekapt]")
    binnen = [(f, n) for f, n in inclusief.most_common() if not f.startswith(wortels) and n < totaal]
    for i, (f, n) in enumerate(binnen[:aantal], 1):
        rijen.append(f"| {i} | `{f}` | {100 * n / totaal:.1f} % | {100 * zelf[f] / totaal:.1f} % |")
    return totaal, "\n".join(rijen)

if __name__ == "__main__":
    stapels = lees(sys.argv[1])
    titel = sys.argv[4] if len(sys.argv) > 4 else "Indicatiewijzer"
    open(sys.argv[2], "w").write(svg(boom(stapels), titel))
    totaal, tabel = top(stapels)
    open(sys.argv[3], "w").write(f"{totaal} CPU-monsters (JFR jdk.ExecutionSample).\n\n{tabel}\n")
