"use strict";
(async () => {
  const { el } = IW;
  if (!(await IW.kop("beleid"))) return;
  const werkblad = document.getElementById("werkblad");
  const upload = document.getElementById("uploadformulier");
  const kort = (versie) => versie ? versie.substring(0, 12) : "";
  const tabel = (bijschrift, koppen, rijen) => el("table", {}, el("caption", { tekst: bijschrift }),
    el("thead", {}, el("tr", {}, koppen.map((k) => el("th", { scope: "col", tekst: k })))),
    el("tbody", {}, rijen.map((r) => el("tr", {}, r.map((c) => el("td", {}, c == null ? "" : c))))));

  function bevindingen(titel, lijst) {
    if (!lijst.length) return null;
    return tabel(titel, ["Soort", "Bestand", "Blad", "Rij", "Kolom", "Cel", "Wat er mis is"],
      lijst.map((b) => [b.soort, b.bestand, b.blad, b.rij ?? (b.rijen || []).join(", "), b.kolom, b.cel, b.melding]));
  }

  function rapport(r) {
    const s = r.scenarios || { geslaagd: 0, mislukt: 0, mislukkingen: [] };
    return [
      el("h2", { tekst: "Controle van versie " + kort(r.versie) + " (" + r.regeling + ")" }),
      el("div", { class: "melding " + (r.activeerbaar ? "goed" : "fout"), role: "status" },
        el("p", { tekst: r.samenvatting }),
        el("p", { tekst: r.activeerbaar ? "Deze versie kan door een collega worden geactiveerd." : "Deze versie kan niet worden geactiveerd." })),
      el("dl", { class: "gegevens" }, [["Omschrijving", r.omschrijving], ["Wat er veranderde", r.wijzigingen], ["Versie", r.versie],
        ["Gemaakt op", r.basisVersie], ["Geüpload door", r.geuploadDoor],
        ["Gewijzigde bestanden", (r.gewijzigdeBestanden || []).join(", ")], ["Scenario's", s.geslaagd + " geslaagd, " + s.mislukt + " mislukt"],
        ...(r.dekking ? [["Dekking", r.dekking.tabelrijenGevuurd + " van de " + r.dekking.tabelrijenTotaal + " tabelrijen en "
          + r.dekking.regelsGevuurd + " van de " + r.dekking.regelsTotaal + " regels getest"]] : [])]
        .map(([k, w]) => [el("dt", { tekst: k }), el("dd", { class: k === "Versie" || k === "Gemaakt op" ? "code" : null, tekst: w || "" })])),
      bevindingen("Fouten (blokkeren de activering)", r.fouten || []),
      s.mislukkingen.length ? tabel("Mislukte scenario's", ["Bestand", "Scenario", "Veld", "Verwacht", "Kreeg"],
        s.mislukkingen.flatMap((m) => m.afwijkingen.map((a) => [m.bestand, m.naam, a.veld, a.verwacht, a.kreeg]))) : null,
      bevindingen("Waarschuwingen", r.waarschuwingen || []),
    ];
  }

  async function toonVersie(regeling, versie, actief, status) {
    const r = (await IW.api("GET", "regelsets/" + regeling + "/versies/" + versie)).json;
    const verschil = el("div", { id: "verschil" });
    const impact = el("div", { id: "impact", "aria-live": "polite" });
    const activering = el("div", { id: "activering", "aria-live": "assertive" });
    const dekking = el("div", { id: "dekking", "aria-live": "polite" });
    const jaarGeleden = new Date(Date.now() - 365 * 864e5).toISOString().substring(0, 10);
    const impactformulier = el("form", { novalidate: true },
      el("fieldset", {}, el("legend", { tekst: "Impactanalyse: wat zou deze versie doen met de besluiten van een periode?" }),
        el("div", { class: "velden" },
          el("div", { class: "veld" }, el("label", { for: "impact-van", tekst: "Van" }), el("input", { id: "impact-van", name: "van", type: "date", value: jaarGeleden })),
          el("div", { class: "veld" }, el("label", { for: "impact-tot", tekst: "Tot en met" }), el("input", { id: "impact-tot", name: "tot", type: "date", value: new Date().toISOString().substring(0, 10) })),
          Tijdlijn.datumveld("impact-ingangsdatum")),
        el("div", { class: "knoppen" }, el("button", { type: "submit", tekst: "Impact berekenen" }))));
    impactformulier.addEventListener("submit", async (e) => {
      e.preventDefault();
      const a = await IW.api("POST", "impactanalyses", { regeling, kandidaat: versie, van: impactformulier.van.value, tot: impactformulier.tot.value, ...Tijdlijn.lichaam(impactformulier.ingangsdatum) });
      IW.toon(impact, ...(a.status === 200 ? impactbeeld(a.json) : [IW.probleem(a.json, (n) => "impact-" + n)]));
    });
    IW.toon(werkblad, ...rapport(r),
      el("div", { class: "knoppen" },
        actief && actief !== versie ? el("button", { type: "button", class: "secundair", onclick: () => toonVerschil(verschil, regeling, versie, actief), tekst: "Verschil met de actieve versie" }) : null,
        el("button", { type: "button", class: "secundair", onclick: () => Dekking.toon(dekking, regeling, versie), tekst: "Dekking door de voorbeeldgevallen" }),
        status === "KANDIDAAT" || status === "EERDER_ACTIEF" ? [Tijdlijn.datumveld("ingangsdatum"), el("button", { type: "button", onclick: () => activeer(activering, regeling, versie), tekst: status === "EERDER_ACTIEF" ? "Terugzetten (deze versie weer activeren)" : "Activeren" })] : null),
      activering, verschil, dekking, impactformulier, impact);
  }

  async function toonVerschil(doel, regeling, versie, met) {
    const v = (await IW.api("GET", "regelsets/" + regeling + "/versies/" + versie + "/verschil?met=" + met)).json;
    const delen = [el("h3", { tekst: "Verschil met de actieve versie " + kort(met) })];
    for (const t of v.tabellen || []) {
      const rijen = [
        ...(t.toegevoegd || []).map((r) => ["toegevoegd", r.rij, "", "", Object.entries(r.cellen).map(([k, w]) => k + "=" + w).join("; ")]),
        ...(t.verwijderd || []).map((r) => ["verwijderd", r.rij, "", Object.entries(r.cellen).map(([k, w]) => k + "=" + w).join("; "), ""]),
        ...(t.gewijzigd || []).flatMap((w) => w.cellen.map((c) => ["gewijzigd", w.rijNieuw, c.kolom + " (" + c.label + ")", c.oud, c.nieuw])),
      ];
      delen.push(tabel(t.bestand + ", blad '" + t.blad + "', tabel " + t.tabel, ["Wijziging", "Rij", "Kolom", "Was", "Wordt"], rijen));
    }
    (v.bladen || []).forEach((b) => delen.push(el("p", { tekst: b.bestand + ": blad '" + b.blad + "' " + b.wijziging })));
    if ((v.cellen || []).length) {
      delen.push(tabel("Andere cellen (buiten de rijen van de tabellen)", ["Bestand", "Blad", "Deel", "Rij", "Kolom", "Was", "Wordt"],
        v.cellen.map((c) => [c.bestand, c.blad, c.deel, c.rijNieuw ?? c.rijOud, c.kolom, c.oud, c.nieuw])));
    }
    if ((v.scenarios || []).length) {
      delen.push(tabel("Voorbeeldgevallen", ["Bestand", "Geval", "Wijziging", "Was", "Wordt"],
        v.scenarios.map((s) => [s.bestand, s.naam || "", s.wijziging, s.oud ? JSON.stringify(s.oud) : "", s.nieuw ? JSON.stringify(s.nieuw) : ""])));
    }
    (v.overigeBestanden || []).forEach((b) => delen.push(el("p", { tekst: b.bestand + ": " + b.wijziging })));
    if (v.nietGetoond) delen.push(el("p", { tekst: "Nog " + v.nietGetoond + " wijzigingen niet getoond (te veel tekst voor één pagina)." }));
    if (delen.length === 1) delen.push(el("p", { tekst: "Geen verschillen in de tabellen." }));
    IW.toon(doel, ...delen);
  }

  function impactbeeld(r) {
    const drill = el("div", { id: "voorbeeld", "aria-live": "polite" });
    const toonVoorbeeld = async (id) => {
      const h = (await IW.api("GET", "impactanalyses/voorbeelden/" + id + "?kandidaat=" + r.kandidaat)).json;
      IW.toon(drill, el("h4", { tekst: "Voorbeeld " + id }), h.identiek ? el("p", { tekst: "Geen verschil." }) : IW.verschillen(h.verschillen));
    };
    const knop = (id) => el("button", { type: "button", class: "secundair", "aria-label": "Bekijk voorbeeld " + id, onclick: () => toonVoorbeeld(id), tekst: kort(id) });
    const namen = { uitkomst: "Uitkomst", producten: "Producten", perceelOfArrangement: "Perceel of arrangement" };
    return [el("h3", { tekst: "Impact op " + r.totaal + " besluiten van " + r.van + " tot en met " + r.tot }),
      el("p", { class: "melding", tekst: r.gewijzigd + " van de " + r.totaal + " besluiten zouden veranderen (" + r.herhalingenPerSeconde + " herhalingen per seconde)." }),
      ...Object.entries(r.matrices).map(([aspect, cellen]) => Impactmatrix.matrix(namen[aspect] || aspect, cellen, knop)),
      r.voorbeelden.length ? el("p", {}, "Voorbeelden van besluiten die veranderen (ook alleen in de motivering): ", r.voorbeelden.map(knop)) : null,
      drill];
  }

  async function activeer(doel, regeling, versie) {
    const a = await IW.api("POST", "regelsets/" + regeling + "/versies/" + versie + "/activering", Tijdlijn.lichaam(document.getElementById("ingangsdatum")));
    IW.toon(doel, a.status === 200
      ? el("div", { class: "melding goed", role: "alert" }, el("p", { tekst: "Versie " + kort(versie) + " is actief, geactiveerd door " + a.json.geactiveerdDoor
        + (a.json.ingangsdatum ? ", voor adviezen met een peildatum vanaf " + Tijdlijn.datum(a.json.ingangsdatum) : "") + "." }),
        Tijdlijn.beeld(regeling, a.json.tijdlijn))
      : IW.probleem(a.json, (n) => n === "ingangsdatum" ? "ingangsdatum" : null));
    if (a.status === 200) laadVersies();
  }

  async function laadVersies() {
    const o = await Versielijst.laad(document.getElementById("versies"), toonVersie);
    const keuze = document.getElementById("upload-regeling");
    IWBestanden.actieve(o, document.getElementById("downloads"));
    if (!keuze.options.length) keuze.replaceChildren(...o.regelsets.map((r) => el("option", { value: r.regeling, tekst: r.regeling })));
  }

  upload.addEventListener("submit", async (e) => {
    e.preventDefault();
    const data = new FormData();
    data.append("omschrijving", upload.omschrijving.value);
    for (const f of upload.bestanden.files) data.append("bestanden", f, f.name);
    const regeling = upload.regeling.value;
    const a = await IW.api("POST", "regelsets/" + regeling + "/versies", data);
    if (a.status !== 201) return IW.toon(werkblad, IW.probleem(a.json, (veld) => veld === "omschrijving" ? "upload-omschrijving" : "bestanden"));
    upload.bestanden.value = "";
    upload.omschrijving.value = "";
    await laadVersies();
    await toonVersie(regeling, a.json.versie, a.json.basisVersie, a.json.activeerbaar ? "KANDIDAAT" : "AFGEKEURD");
  });

  laadVersies();
})();
