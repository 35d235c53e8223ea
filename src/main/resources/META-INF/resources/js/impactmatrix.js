// De matrices van de impactanalyse: per aspect de combinaties oud -> nieuw. Wat verandert staat bovenaan, het
// grootste aantal eerst, en is met tekst gemarkeerd ("gewijzigd", niet alleen met kleur); de combinaties die
// gelijk blijven staan ingeklapt onder "N ongewijzigde combinaties".
"use strict";
const Impactmatrix = (() => {
  const { el } = IW;
  const veranderd = (c) => c.gewijzigd ?? c.oud !== c.nieuw;
  const grootsteEerst = (a, b) => b.aantal - a.aantal;
  const koppen = (namen) => el("thead", {}, el("tr", {}, namen.map((k) => el("th", { scope: "col", tekst: k }))));

  /** @param knop maakt de knop die een voorbeeld (adviesId) opent */
  function matrix(titel, cellen, knop) {
    const gewijzigd = cellen.filter(veranderd).sort(grootsteEerst);
    const gelijk = cellen.filter((c) => !veranderd(c)).sort(grootsteEerst);
    const besluiten = gelijk.reduce((som, c) => som + c.aantal, 0);
    return el("section", { class: "matrix" },
      el("table", {}, el("caption", { tekst: titel + ": van oud naar nieuw" }),
        koppen(["Verandert", "Oud", "Nieuw", "Aantal", "Voorbeelden"]),
        el("tbody", {}, gewijzigd.length
          ? gewijzigd.map((c) => el("tr", { class: "gewijzigd" }, el("td", {}, el("strong", { tekst: "gewijzigd" })),
            el("td", { tekst: c.oud }), el("td", { tekst: c.nieuw }), el("td", { tekst: String(c.aantal) }),
            el("td", {}, (c.voorbeelden || []).map(knop))))
          : el("tr", {}, el("td", { colspan: "5", tekst: "Geen besluit verandert in dit opzicht." })))),
      gelijk.length ? el("details", { class: "ongewijzigd" },
        el("summary", { tekst: gelijk.length + (gelijk.length === 1 ? " ongewijzigde combinatie" : " ongewijzigde combinaties")
          + " (" + besluiten + (besluiten === 1 ? " besluit)" : " besluiten)") }),
        el("table", {}, el("caption", { tekst: titel + ": blijft gelijk" }), koppen(["Waarde", "Aantal"]),
          el("tbody", {}, gelijk.map((c) => el("tr", {}, el("td", { tekst: c.oud }), el("td", { tekst: String(c.aantal) })))))) : null);
  }

  return { matrix };
})();
