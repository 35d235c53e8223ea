// Gedeeld door alle pagina's: aanmelding, aanroepen van de API, de paginakop en het tonen van een advies.
// Alles wat van de server komt gaat als tekst de pagina in (textContent), nooit als HTML.
"use strict";
const IW = (() => {
  const PAGINAS = [
    { rol: "intake", pad: "intake.html", naam: "Intake" },
    { rol: "beleid", pad: "beleid.html", naam: "Beslistabellen" },
    { rol: "auditor", pad: "audit.html", naam: "Audit" },
  ];

  function el(tag, attrs, ...kinderen) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k.startsWith("on")) e.addEventListener(k.substring(2), v);
      else if (k === "tekst") e.textContent = v;
      else e.setAttribute(k, v === true ? "" : v);
    }
    for (const k of kinderen.flat(Infinity)) {
      if (k !== null && k !== undefined && k !== false) e.append(k instanceof Node ? k : String(k));
    }
    return e;
  }

  // Wie is aangemeld, zoals de server het zegt: alleen in het geheugen van deze pagina. De aanmelding zelf is
  // een sessiecookie van de server (HttpOnly, SameSite=Strict): het wachtwoord wordt nergens bewaard.
  let gebruiker;
  let wijzen = "";
  // zo vraagt de server bij een 401 niet om Basic, waarop de browser zijn eigen wachtwoordvenster zou tonen
  const SCRIPT = { "X-Requested-With": "XMLHttpRequest" };

  /** De aangemelde gebruiker {naam, rollen}, of null; zonder aanmelding onthoudt de pagina hoe men zich aanmeldt. */
  async function aanmelding() {
    if (gebruiker !== undefined) return gebruiker;
    const antwoord = await fetch("api/v1/gebruiker", { headers: { Accept: "application/json, application/problem+json", ...SCRIPT } });
    wijzen = antwoord.headers.get("WWW-Authenticate") || "";
    gebruiker = antwoord.ok ? await antwoord.json() : null;
    return gebruiker;
  }

  /** Hoe men zich kan aanmelden: met wachtwoord (ingebouwde gebruikers) en/of bij de gemeente (OpenID Connect). */
  const aanmeldwijzen = () => ({ wachtwoord: /\bForm\b/.test(wijzen), gemeente: /\bBearer\b/.test(wijzen) });

  async function meldAan(naam, wachtwoord) {
    const antwoord = await fetch("j_security_check", { method: "POST", headers: SCRIPT,
      body: new URLSearchParams({ j_username: naam, j_password: wachtwoord }) });
    gebruiker = undefined;
    return antwoord.ok ? aanmelding() : null;
  }

  function meldAf() {
    location.href = "afmelden";
  }

  /** Roept de API aan met de aanmelding van deze browser; geeft {status, json}. */
  async function api(methode, pad, lichaam) {
    const headers = { Accept: "application/json, application/problem+json", ...SCRIPT };
    let body;
    if (lichaam instanceof FormData) body = lichaam;
    else if (lichaam !== undefined) { body = JSON.stringify(lichaam); headers["Content-Type"] = "application/json"; }
    const antwoord = await fetch("api/v1/" + pad, { method: methode, headers, body });
    if (antwoord.status === 401) { location.href = "index.html"; throw new Error("niet aangemeld"); }
    const tekst = await antwoord.text();
    let json = null;
    try { json = tekst ? JSON.parse(tekst) : null; } catch (e) { json = { title: "Onverwacht antwoord", detail: tekst }; }
    return { status: antwoord.status, json };
  }

  /** Zet de kop boven de pagina; stuurt wie niet is aangemeld of de rol mist naar de aanmelding. */
  async function kop(rol) {
    const a = await aanmelding();
    if (!a || (rol && !a.rollen.includes(rol))) {
      location.href = "index.html";
      return null;
    }
    const links = PAGINAS.filter((p) => a.rollen.includes(p.rol)).map((p) =>
      el("li", {}, el("a", { href: p.pad, "aria-current": location.pathname.endsWith(p.pad) ? "page" : null, tekst: p.naam })));
    document.body.prepend(
      el("a", { class: "overslaan", href: "#inhoud", tekst: "Naar de inhoud" }),
      el("header", { class: "kop" },
        el("a", { class: "merk", href: "index.html", tekst: "Indicatiewijzer" }),
        el("nav", { "aria-label": "Hoofdmenu" }, el("ul", {}, links)),
        el("span", { class: "naam", tekst: "Aangemeld als " + a.naam }),
        el("button", { type: "button", onclick: meldAf, tekst: "Afmelden" })));
    return a;
  }

  /** Een problem+json als melding, met elk ongeldig veld; velden die op de pagina staan krijgen een link. */
  function probleem(p, veldId) {
    const lijst = (p.invalidParams || []).map((f) => {
      const id = veldId ? veldId(f.name) : null;
      const tekst = f.name + ": " + f.reason;
      return el("li", {}, id ? el("a", { href: "#" + id, tekst }) : tekst);
    });
    return el("div", { class: "melding fout", role: "alert", tabindex: "-1" },
      el("h2", { tekst: p.title || "Er ging iets mis" }),
      p.detail ? el("p", { tekst: p.detail }) : null,
      lijst.length ? el("ul", {}, lijst) : null);
  }

  const mensTekst = (code) => (/^[A-Z0-9_]+$/.test(code) && /[A-Z]{2}/.test(code) ? code.toLowerCase().replaceAll("_", " ") : code);
  const bedrag = (n) => n.toLocaleString("nl-NL", { style: "currency", currency: "EUR" });

  function regelsMetBron(titel, regels, tekstVan) {
    if (!regels || !regels.length) return null;
    return el("section", {}, el("h3", { tekst: titel }),
      el("ol", {}, regels.map((r) => el("li", {}, tekstVan(r), el("span", { class: "bron", tekst: "Bron: " + r.bron + " (regel: " + r.regel + (r.tabelrij ? ", " + r.tabelrij : "") + ")" })))));
  }

  /** Het advies zoals de intake het leest en als bijlage bij de beschikking afdrukt. */
  function advies(a, ontbrekendLink) {
    const p = a.perceel, arr = a.arrangement;
    const gegevens = [["Uitkomst", el("span", { class: "uitkomst", tekst: a.uitkomst })], ["Regeling", a.regeling],
      ["Peildatum", a.peildatum], ["Gegeven op", new Date(a.tijdstip).toLocaleString("nl-NL")],
      ["Advies-id", el("span", { class: "code", tekst: a.adviesId })], ["Regelsetversie", el("span", { class: "code", tekst: a.regelsetVersie })]];
    if (a.verwijzing) gegevens.push(["Doorverwijzen naar", a.verwijzing.naar + ": " + a.verwijzing.reden]);
    if (p) gegevens.push(["Perceel", p.nummer + " – " + p.naam]);
    if (arr) gegevens.push(["Arrangement", Object.entries(arr).filter(([, v]) => v !== null).map(([k, v]) => k + " " + v).join(", ")]);
    const producten = a.producten && a.producten.length ? el("section", {}, el("h3", { tekst: "Producten" }),
      el("table", {}, el("thead", {}, el("tr", {}, ["Code", "Product", "Categorie", "Omvang", "Maximale duur", "Einddatum", "Tarief"].map((k) => el("th", { scope: "col", tekst: k })))),
        el("tbody", {}, a.producten.map((pr) => el("tr", {},
          el("td", { tekst: pr.code }), el("td", { tekst: pr.naam + (pr.kmKlasse ? " (km-klasse " + pr.kmKlasse + ")" : "") }),
          el("td", { tekst: pr.productcategorie }),
          el("td", { tekst: pr.omvang != null ? pr.omvang + " " + (pr.omvangEenheid || pr.eenheid || "") : (pr.eenheid || "") }),
          el("td", { tekst: pr.maxDuurMaanden != null ? pr.maxDuurMaanden + " maanden" : "" }),
          el("td", { tekst: pr.einddatum || "" }),
          el("td", { tekst: pr.tarief != null ? bedrag(pr.tarief) + (pr.tariefJaar ? " (" + pr.tariefJaar + ")" : "") : "" })))))) : null;
    const ontbrekend = a.ontbrekend && a.ontbrekend.length ? el("section", { class: "melding fout" },
      el("h3", { tekst: "Onvolledig: deze gegevens zijn nodig" }),
      el("ul", {}, a.ontbrekend.map((v) => { const id = ontbrekendLink && ontbrekendLink(v); return el("li", {}, id ? el("a", { href: "#" + id, tekst: v }) : v); }))) : null;
    return el("article", { class: "advies", "aria-labelledby": "advies-titel" },
      el("p", { class: "alleen-print", tekst: "Bijlage bij de beschikking: advies van de Indicatiewijzer" }),
      el("h2", { id: "advies-titel", tekst: "Advies" }),
      el("dl", { class: "gegevens" }, gegevens.map(([k, v]) => [el("dt", { tekst: k }), el("dd", {}, v)])),
      ontbrekend, producten,
      regelsMetBron("Motivering", a.motivering, (r) => r.tekst),
      regelsMetBron("Overwogen en afgewezen", a.afgewezen, (r) => r.optie + ": " + r.reden),
      regelsMetBron("Waarschuwingen", a.waarschuwingen, (r) => r.tekst));
  }

  /** Verschillen veld voor veld (herhaling, impactvoorbeeld). */
  function verschillen(lijst) {
    return el("table", {}, el("caption", { tekst: "Verschillen" }),
      el("thead", {}, el("tr", {}, ["Veld", "Was", "Wordt"].map((k) => el("th", { scope: "col", tekst: k })))),
      el("tbody", {}, lijst.map((v) => el("tr", {}, el("td", { class: "code", tekst: v.pad }),
        el("td", { tekst: v.oud == null ? "(geen)" : JSON.stringify(v.oud) }), el("td", { tekst: v.nieuw == null ? "(geen)" : JSON.stringify(v.nieuw) })))));
  }

  function toon(doel, ...inhoud) {
    doel.replaceChildren(...inhoud.filter(Boolean));
    const eerste = doel.querySelector("[role=alert], h2");
    if (eerste) { eerste.setAttribute("tabindex", "-1"); eerste.focus(); }
  }

  return { el, api, kop, meldAan, meldAf, aanmelding, aanmeldwijzen, probleem, advies, verschillen, toon, mensTekst, PAGINAS };
})();
