// De dekking van een versie op de pagina Beslistabellen: welke tabelrijen en regels de voorbeeldgevallen vuren, en
// hoe vaak. Een rij die geen geval raakt is gearceerd én zegt "niet getest" (niet alleen met kleur).
"use strict";
const Dekking = (() => {
  const { el } = IW;

  function tabel(bijschrift, koppen, rijen) {
    return el("table", { class: "dekking" }, el("caption", { tekst: bijschrift }),
      el("thead", {}, el("tr", {}, koppen.map((k) => el("th", { scope: "col", tekst: k })))),
      el("tbody", {}, rijen.map(([cellen, aantal]) => el("tr", { class: aantal === 0 ? "niet-gedekt" : null },
        cellen.map((c) => el("td", { tekst: c })), el("td", { tekst: String(aantal) }),
        el("td", {}, aantal === 0 ? el("strong", { tekst: "niet getest" }) : "getest")))));
  }

  /** Haalt de dekking van een versie op en toont haar in {@code doel}: ongeteste rijen en regels eerst. */
  async function toon(doel, regeling, versie) {
    const a = await IW.api("GET", "regelsets/" + regeling + "/versies/" + versie + "/dekking");
    if (a.status !== 200) return IW.toon(doel, IW.probleem(a.json));
    const d = a.json;
    const eerstOngetest = (lijst) => [...lijst.filter((r) => r.aantal === 0), ...lijst.filter((r) => r.aantal > 0)];
    IW.toon(doel, el("h3", { tekst: "Dekking door de voorbeeldgevallen" }),
      el("p", { class: "melding", tekst: d.gevallen + " voorbeeldgevallen vuren " + d.tabelrijenGevuurd + " van de "
        + d.tabelrijenTotaal + " tabelrijen en " + d.regelsGevuurd + " van de " + d.regelsTotaal + " regels. "
        + "Wat geen geval raakt staat bovenaan, gearceerd, met 'niet getest'." }),
      tabel("Tabelrijen van versie " + versie.substring(0, 12), ["Bestand", "Blad", "Tabel", "Rij", "Aantal keer gevuurd", "Getest"],
        eerstOngetest(d.tabelrijen).map((r) => [[r.bestand, r.blad, r.tabel, String(r.rij)], r.aantal])),
      tabel("Regels van versie " + versie.substring(0, 12), ["Regelbestand", "Regel", "Aantal keer gevuurd", "Getest"],
        eerstOngetest(d.regels).map((r) => [[r.regelbestand, r.naam], r.aantal])));
  }

  return { toon };
})();
