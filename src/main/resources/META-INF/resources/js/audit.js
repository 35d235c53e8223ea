"use strict";
(async () => {
  const { el } = IW;
  if (!(await IW.kop("auditor"))) return;
  const formulier = document.getElementById("zoekformulier");
  const lijst = document.getElementById("lijst");
  const besluit = document.getElementById("besluit");
  const GROOTTE = 20;

  document.getElementById("controleer").addEventListener("click", async () => {
    const r = (await IW.api("GET", "adviezen/integriteit")).json;
    IW.toon(document.getElementById("integriteit"), el("div", { class: "melding " + (r.intact ? "goed" : "fout"), role: "status" },
      el("h3", { tekst: r.intact ? "De auditlog is intact" : "De auditlog is NIET intact" }),
      el("p", { tekst: r.aantal + " besluiten nagerekend." }),
      el("p", {}, "Kophash: ", el("span", { class: "code", tekst: r.kopHash || "(leeg)" })),
      r.eersteBreuk ? el("p", { tekst: "Eerste breuk bij volgnummer " + r.eersteBreuk.volgnummer + (r.eersteBreuk.adviesId ? " (" + r.eersteBreuk.adviesId + ")" : "") + ": " + r.eersteBreuk.reden }) : null,
      (r.afwijkendeVersies || []).length ? el("p", { tekst: "Archief gewijzigd bij regelsetversie(s): " + r.afwijkendeVersies.join(", ") }) : null,
      r.controlepunt ? controlepunt(r) : null));
  });

  function controlepunt(r) {
    const c = r.controlepunt;
    const bestand = URL.createObjectURL(new Blob([JSON.stringify(r, null, 2)], { type: "application/json" }));
    return el("div", {}, el("p", { tekst: "Ondertekend controlepunt: " + c.volgnummer + " besluiten, " + new Date(c.tijdstip).toLocaleString("nl-NL") + "." }),
      el("p", {}, "Boomwortel: ", el("span", { class: "code", tekst: c.boomwortel })),
      el("p", {}, el("a", { href: bestand, download: "controlepunt-" + c.volgnummer + ".json", tekst: "Bewaar dit controlepunt (JSON)" })));
  }

  document.getElementById("controlepuntformulier").addEventListener("submit", async (e) => {
    e.preventDefault();
    const uit = document.getElementById("verlenging");
    let bewaard;
    try { bewaard = JSON.parse(document.getElementById("bewaard").value); } catch (fout) {
      return IW.toon(uit, el("div", { class: "melding fout", role: "alert" }, el("p", { tekst: "Dit is geen JSON: plak het bewaarde antwoord zoals het is." })));
    }
    const a = await IW.api("POST", "adviezen/integriteit/controle", bewaard);
    if (a.status !== 200) return IW.toon(uit, IW.probleem(a.json, () => "bewaard"));
    const r = a.json;
    IW.toon(uit, el("div", { class: "melding " + (r.verlengt ? "goed" : "fout"), role: "status" },
      el("h4", { tekst: r.verlengt ? "De log van nu verlengt het bewaarde controlepunt" : "De log van nu verlengt het bewaarde controlepunt NIET" }),
      r.verlengt ? el("p", { tekst: "Het bewaarde controlepunt is ongewijzigd het begin van de log van nu (" + r.huidig.volgnummer + " besluiten); het consistentiebewijs telt " + r.consistentiebewijs.length + " hashes." })
        : el("p", { tekst: (r.eersteVerschil ? "Eerste verschil bij volgnummer " + r.eersteVerschil + ": " : "") + r.reden })));
  });

  async function zoek(pagina) {
    const q = new URLSearchParams({ page: pagina, size: GROOTTE });
    for (const veld of ["regeling", "van", "tot"]) if (formulier[veld].value) q.set(veld, formulier[veld].value);
    const a = await IW.api("GET", "adviezen?" + q);
    if (a.status !== 200) return IW.toon(lijst, IW.probleem(a.json, (n) => (document.getElementById(n) ? n : null)));
    const r = a.json;
    const laatste = Math.max(0, Math.ceil(r.totaal / GROOTTE) - 1);
    IW.toon(lijst, el("h3", { tekst: r.totaal + " besluiten gevonden (pagina " + (pagina + 1) + " van " + (laatste + 1) + ")" }),
      r.adviezen.length ? el("table", {}, el("caption", { tekst: "Gevonden besluiten" }),
        el("thead", {}, el("tr", {}, ["Tijdstip", "Regeling", "Uitkomst", "Advies-id", "Actie"].map((k) => el("th", { scope: "col", tekst: k })))),
        el("tbody", {}, r.adviezen.map((s) => el("tr", {}, el("td", { tekst: new Date(s.tijdstip).toLocaleString("nl-NL") }),
          el("td", { tekst: s.regeling }), el("td", { tekst: s.uitkomst }), el("td", { class: "code", tekst: s.adviesId }),
          el("td", {}, el("button", { type: "button", class: "secundair", "aria-label": "Open besluit " + s.adviesId, onclick: () => open(s.adviesId), tekst: "Openen" })))))) : null,
      el("div", { class: "knoppen" },
        pagina > 0 ? el("button", { type: "button", class: "secundair", onclick: () => zoek(pagina - 1), tekst: "Vorige pagina" }) : null,
        pagina < laatste ? el("button", { type: "button", class: "secundair", onclick: () => zoek(pagina + 1), tekst: "Volgende pagina" }) : null));
  }

  async function open(adviesId) {
    const r = (await IW.api("GET", "adviezen/" + adviesId)).json;
    const herhaling = el("div", { id: "herhaling", "aria-live": "polite" });
    const bewijsvak = el("div", { id: "bewijs", "aria-live": "polite" });
    const herhaal = async (regelset) => {
      const h = (await IW.api("POST", "adviezen/" + adviesId + "/herhaling" + (regelset ? "?regelset=" + regelset : ""))).json;
      IW.toon(herhaling, el("div", { class: "melding " + (h.identiek ? "goed" : "fout"), role: "status" },
        el("h3", { tekst: h.identiek ? "Identiek: de herhaling geeft hetzelfde besluit" : "Verschillend: de herhaling wijkt af" }),
        el("p", {}, "Herhaald onder regelsetversie ", el("span", { class: "code", tekst: h.regelsetVersie })),
        h.identiek ? null : IW.verschillen(h.verschillen)));
    };
    const v = r.verwerking || {};
    IW.toon(besluit, el("h2", { tekst: "Besluit " + adviesId }),
      el("dl", { class: "gegevens" }, [["Volgnummer", r.volgnummer], ["Gegeven door", r.gebruiker + " (rol " + r.rol + ")"],
        ["Verwerkingsactiviteit", v.activiteit || ""], ["Trace", v.traceId || ""], ["Hash", r.hash]]
        .map(([k, w]) => [el("dt", { tekst: k }), el("dd", { class: k === "Hash" || k === "Trace" ? "code" : null, tekst: String(w) })])),
      el("div", { class: "knoppen" },
        el("button", { type: "button", onclick: () => herhaal(null), tekst: "Herhaal onder de versie die besliste" }),
        el("button", { type: "button", class: "secundair", onclick: () => herhaal("actief"), tekst: "Herhaal met de actieve versie" }),
        el("button", { type: "button", class: "secundair", onclick: () => bewijs(adviesId, bewijsvak), tekst: "Toon het bewijs dat dit besluit in de log staat" })),
      herhaling, bewijsvak, IW.advies(r.antwoord),
      el("details", {}, el("summary", { tekst: "Het opgeslagen verzoek (zaakreferentie alleen als sleutelhash)" }),
        el("pre", { class: "code", tekst: JSON.stringify(r.verzoek, null, 2) })));
  }

  async function bewijs(adviesId, vak) {
    const a = await IW.api("GET", "adviezen/" + adviesId + "/bewijs");
    if (a.status !== 200) return IW.toon(vak, IW.probleem(a.json, () => null));
    const b = a.json;
    const klopt = await Bewijs.klopt(b);
    IW.toon(vak, el("div", { class: "melding " + (klopt ? "goed" : "fout"), role: "status" },
      el("h3", { tekst: klopt ? "Nagerekend: dit besluit staat ongewijzigd in de log" : "Het bewijs klopt NIET" }),
      el("p", { tekst: "Volgnummer " + b.volgnummer + " in de log van " + b.controlepunt.volgnummer + " besluiten (controlepunt van "
        + new Date(b.controlepunt.tijdstip).toLocaleString("nl-NL") + "); auditpad van " + b.auditpad.length + " hashes, in deze browser nagerekend tot de boomwortel." }),
      el("details", {}, el("summary", { tekst: "Het bewijs (JSON)" }), el("pre", { class: "code", tekst: JSON.stringify(b, null, 2) }))));
  }

  formulier.addEventListener("submit", (e) => { e.preventDefault(); zoek(0); });
})();
