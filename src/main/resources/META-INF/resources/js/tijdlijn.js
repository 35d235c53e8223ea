// De tijdlijn van een regeling op de pagina Beslistabellen: welke versie vanaf welke peildatum beslist,
// en het datumveld waarmee een activering een ingangsdatum krijgt.
"use strict";
const Tijdlijn = (() => {
  const { el } = IW;
  const kort = (versie) => versie.substring(0, 12);
  const datum = (iso) => new Date(iso + "T00:00:00Z").toLocaleDateString("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

  /** Elke ingang in woorden: "vanaf 1 januari 2027: versie …"; de eerste geldt voor elke eerdere peildatum. */
  function regels(tijdlijn) {
    return (tijdlijn || []).map((i, n) => (i.vanaf ? "vanaf " + datum(i.vanaf)
      : tijdlijn.length > 1 ? "tot " + datum(tijdlijn[n + 1].vanaf) : "voor elke peildatum") + ": versie " + kort(i.versie));
  }

  /** De tijdlijn als lijst, met een kop; welke versie beslist hangt af van de peildatum van het advies. */
  function beeld(regeling, tijdlijn) {
    return el("div", { class: "tijdlijn" },
      el("p", { tekst: "Tijdlijn van " + regeling + " (de peildatum van een advies kiest de versie):" }),
      el("ul", {}, regels(tijdlijn).map((r) => el("li", { tekst: r }))));
  }

  /** Het optionele datumveld bij Activeren; zonder datum beslist de versie voortaan elke peildatum. */
  function datumveld(id) {
    return el("div", { class: "veld" },
      el("label", { for: id, tekst: "Ingangsdatum (optioneel)" }),
      el("span", { class: "hint", id: id + "-hint", tekst: "De eerste peildatum waarop deze versie beslist. Leeg: voor elke peildatum, vanaf nu." }),
      el("input", { id, name: "ingangsdatum", type: "date", "aria-describedby": id + "-hint" }));
  }

  /** Het lichaam van de activering: alleen met een ingevulde datum. */
  function lichaam(invoer) {
    return invoer && invoer.value ? { ingangsdatum: invoer.value } : undefined;
  }

  return { datum, regels, beeld, datumveld, lichaam };
})();
