// De versies per regeling op de pagina Beslistabellen: per regeling de actieve versie en wat op activering wacht,
// eerdere en afgekeurde versies achter "Toon", twintig per pagina. De server kiest en telt (GET regelsets met
// regeling, toon, volgorde, pagina en perPagina); deze lijst toont alleen wat hij stuurt, als tekst.
"use strict";
const Versielijst = (() => {
  const { el } = IW;
  const PER_PAGINA = 20;
  const GROEPEN = [["actueel", "actief en wachtend"], ["eerdere", "eerdere"], ["afgekeurd", "afgekeurd"], ["alle", "alle"]];
  const STATUS = { ACTIEF: "actief", KANDIDAAT: "wacht op activering", AFGEKEURD: "afgekeurd", EERDER_ACTIEF: "eerder actief", GEARCHIVEERD: "gearchiveerd" };
  const kort = (versie) => versie ? versie.substring(0, 12) : "";
  const wanneer = (wie, op) => wie ? wie + " op " + new Date(op).toLocaleString("nl-NL") : "";
  // De ingangsdatum van een versie uit de tijdlijn van haar regeling: "vanaf 1 januari 2027", of leeg.
  const ingangsdatum = (v, tijdlijn) => (tijdlijn || []).filter((i) => i.versie === v.versie && i.vanaf)
    .map((i) => "vanaf " + Tijdlijn.datum(i.vanaf)).join(", ");

  const vraag = (regeling, toon, pagina) => IW.api("GET", "regelsets?regeling=" + encodeURIComponent(regeling) + "&toon=" + toon
    + "&volgorde=nieuwste-eerst&pagina=" + pagina + "&perPagina=" + PER_PAGINA);

  function kop(r) {
    const a = r.actief;
    const wachtend = (r.aantallen.actueel || 0) - (a ? 1 : 0);
    return r.regeling + ": actief " + (a ? "\u201c" + a.omschrijving + "\u201d (" + kort(a.versie) + ")" : "(geen)")
      + (wachtend > 0 ? ", " + wachtend + (wachtend === 1 ? " versie wacht" : " versies wachten") + " op activering" : "")
      + ", " + r.aantallen.alle + (r.aantallen.alle === 1 ? " versie" : " versies") + " in totaal";
  }

  function tabel(r, toon, bekijk) {
    const groep = GROEPEN.find(([code]) => code === toon)[1];
    return el("table", { class: "versielijst" }, el("caption", { tekst: "Versies van " + r.regeling + ": " + groep }),
      el("thead", {}, el("tr", {}, ["Omschrijving", "Wat er veranderde", "Status", "Ingangsdatum", "Versie", "Geüpload door", "Geactiveerd door", "Actie"]
        .map((k) => el("th", { scope: "col", tekst: k })))),
      el("tbody", {}, r.versies.length ? r.versies.map((v) => el("tr", { "data-status": v.status },
        el("td", { tekst: v.omschrijving }), el("td", { tekst: v.wijzigingen || "" }), el("td", { tekst: STATUS[v.status] || v.status }),
        el("td", { class: "ingangsdatum", tekst: ingangsdatum(v, r.tijdlijn) }), el("td", { class: "code", tekst: kort(v.versie) }),
        el("td", { tekst: v.geuploadDoor ? wanneer(v.geuploadDoor, v.geuploadOp) : (v.herkomst === "UITROL" ? "release" : "") }),
        el("td", { tekst: wanneer(v.geactiveerdDoor, v.geactiveerdOp) }),
        el("td", {}, el("button", { type: "button", class: "secundair", "aria-label": "Bekijk versie " + kort(v.versie) + " van " + r.regeling,
          onclick: () => bekijk(r.regeling, v.versie, r.actieveVersie, v.status), tekst: "Bekijken" }),
          " ", IWBestanden.versielink(r.regeling, v.versie))))
        : el("tr", {}, el("td", { colspan: "8", tekst: "Geen versies in deze keuze." }))));
  }

  /** Een regeling: kop, keuze "Toon", de tabel van de gekozen pagina en "Vorige"/"Volgende". */
  function regeling(eerste, bekijk) {
    const id = "toon-" + eerste.regeling;
    const keuze = el("select", { id }, GROEPEN.map(([code, naam]) => el("option", { value: code, tekst: naam + " (" + (eerste.aantallen[code] || 0) + ")" })));
    const lijst = el("div", { class: "lijst" });
    const stand = el("p", { class: "paginastand", "aria-live": "polite" });
    const naam = "versies van " + eerste.regeling;
    const vorige = el("button", { type: "button", class: "secundair", "aria-label": "Vorige pagina met " + naam, tekst: "Vorige" });
    const volgende = el("button", { type: "button", class: "secundair", "aria-label": "Volgende pagina met " + naam, tekst: "Volgende" });
    const samenvatting = el("summary", { tekst: kop(eerste) });
    const tijdlijn = el("div", { class: "tijdlijnhouder" });
    let pagina = 1;

    function toon(r) {
      const paginas = Math.max(1, Math.ceil(r.aantalVersies / r.perPagina));
      lijst.replaceChildren(tabel(r, keuze.value, bekijk));
      stand.textContent = "Pagina " + r.pagina + " van " + paginas + " (" + r.aantalVersies + (r.aantalVersies === 1 ? " versie)" : " versies)");
      vorige.disabled = r.pagina <= 1;
      volgende.disabled = r.pagina >= paginas;
      samenvatting.textContent = kop(r);
      tijdlijn.replaceChildren(Tijdlijn.beeld(r.regeling, r.tijdlijn));
      [...keuze.options].forEach((o) => { o.textContent = GROEPEN.find(([c]) => c === o.value)[1] + " (" + (r.aantallen[o.value] || 0) + ")"; });
    }

    async function ga(naar) {
      const a = await vraag(eerste.regeling, keuze.value, naar);
      if (a.status !== 200) return lijst.replaceChildren(IW.probleem(a.json));
      pagina = naar;
      toon(a.json.regelsets[0]);
    }

    keuze.addEventListener("change", () => ga(1));
    vorige.addEventListener("click", () => ga(pagina - 1));
    volgende.addEventListener("click", () => ga(pagina + 1));
    toon(eerste);
    return el("details", { class: "regeling", open: (eerste.aantallen.actueel || 0) > 1 || (eerste.tijdlijn || []).length > 1 }, samenvatting, tijdlijn,
      el("div", { class: "veld toonkeuze" }, el("label", { for: id, tekst: "Toon versies van " + eerste.regeling }), keuze),
      lijst, el("div", { class: "knoppen paginering" }, vorige, stand, volgende));
  }

  /** Laadt alle regelingen in de houder (actief en wachtend, eerste pagina); geeft het overzicht terug. */
  async function laad(houder, bekijk) {
    const o = (await IW.api("GET", "regelsets?toon=actueel&volgorde=nieuwste-eerst&pagina=1&perPagina=" + PER_PAGINA)).json;
    houder.replaceChildren(...o.regelsets.map((r) => regeling(r, bekijk)));
    return o;
  }

  return { laad };
})();
