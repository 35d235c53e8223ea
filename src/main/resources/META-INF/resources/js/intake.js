"use strict";
(async () => {
  const { el } = IW;
  if (!(await IW.kop("intake"))) return;
  const formulier = document.getElementById("intakeformulier");
  const fouten = document.getElementById("fouten");
  const resultaat = document.getElementById("resultaat");
  const openapi = await (await fetch("api/v1/openapi.json")).json();
  const gemeenten = (await IW.api("GET", "gemeenten")).json;
  const schemas = openapi.components.schemas;

  // een $ref met eigen toelichting ernaast (OpenAPI 3.1): het schema waar hij naar wijst, met die toelichting
  const deref = (s) => (s && s.$ref ? { ...schemas[s.$ref.split("/").pop()], ...(s.description ? { description: s.description } : {}) } : s);
  const schemaVan = (pad) => pad.split(".").reduce((s, deel) => deref(deref(s).properties[deel]), schemas.Clientsituatie);
  const idVan = (pad) => "veld-" + pad.replaceAll(".", "-");
  const verplicht = new Set(schemas.Clientsituatie.required);

  function keuzelijst(pad, label, opties, schema) {
    const hint = schema && schema.description ? el("span", { class: "hint", id: idVan(pad) + "-hint", tekst: schema.description }) : null;
    return el("div", { class: "veld" }, el("label", { for: idVan(pad), tekst: label }), hint,
      el("select", { id: idVan(pad), name: pad, "aria-describedby": hint ? hint.id : null },
        el("option", { value: "", tekst: "— niet ingevuld —" }), opties.map(([w, t]) => el("option", { value: w, tekst: t }))));
  }

  function veld(pad, label) {
    const id = idVan(pad);
    if (pad === "gemeente") {
      return keuzelijst(pad, label, gemeenten.map((g) => [g.naam, g.naam]), { description: "Een bekende gemeente bepaalt de regeling. Staat uw gemeente er niet bij, kies dan hieronder de regeling." });
    }
    if (pad === "leefgebieden") {
      const s = schemaVan(pad);
      return el("fieldset", { id, class: "breed" }, el("legend", { tekst: label }),
        el("div", { class: "velden" }, deref(s.propertyNames).enum.map((lg) => keuzelijst(pad + "." + lg, IW.mensTekst(lg),
          deref(s.additionalProperties).enum.map((w) => [w, IW.mensTekst(w)])))));
    }
    const s = schemaVan(pad);
    const hint = s.description ? el("span", { class: "hint", id: id + "-hint", tekst: s.description }) : null;
    const tekst = label + (verplicht.has(pad) ? " (verplicht)" : "");
    if (s.type === "array") {
      const item = deref(s.items);
      const waarden = item.enum || deref(item.properties.code).enum;
      return el("fieldset", { id }, el("legend", { tekst }), hint, el("div", { class: "velden" }, waarden.map((w) =>
        el("label", { class: "keuze" }, el("input", { type: "checkbox", name: pad, value: w }), IW.mensTekst(w)))));
    }
    if (s.enum) return keuzelijst(pad, tekst, s.enum.map((w) => [w, IW.mensTekst(w)]), s);
    if (s.type === "boolean") {
      return el("div", { class: "veld" }, el("label", { class: "keuze", for: id },
        el("input", { type: "checkbox", id, name: pad, "aria-describedby": hint ? hint.id : null }), label), hint);
    }
    const invoer = s.type === "integer" || s.type === "number"
      ? { type: "number", inputmode: s.type === "integer" ? "numeric" : "decimal", step: s.type === "integer" ? "1" : "any", min: s.minimum, max: s.maximum }
      : s.format === "date" ? { type: "date" } : { type: "text", maxlength: s.maxLength };
    return el("div", { class: "veld" }, el("label", { for: id, tekst }), hint,
      el("input", { id, name: pad, required: verplicht.has(pad), "aria-describedby": hint ? hint.id : null, ...invoer }));
  }

  document.getElementById("groepen").replaceChildren(...INTAKEGROEPEN.map((g) => {
    const velden = el("div", { class: "velden" }, g.velden.map(([pad, label]) => veld(pad, label)));
    if (!g.schakelaar) return el("fieldset", {}, el("legend", { tekst: g.titel }), velden);
    const [pad, label] = g.schakelaar;
    velden.id = idVan(pad) + "-velden";
    velden.classList.add("verborgen");
    const schakel = el("input", { type: "checkbox", id: idVan(pad), "aria-controls": velden.id, "aria-expanded": "false" });
    schakel.addEventListener("change", () => { velden.classList.toggle("verborgen", !schakel.checked); schakel.setAttribute("aria-expanded", String(schakel.checked)); });
    return el("fieldset", {}, el("legend", { tekst: g.titel }), el("label", { class: "keuze", for: schakel.id }, schakel, label), velden);
  }));
  document.getElementById("veld-peildatum").value = new Date().toISOString().substring(0, 10);
  const regeling = document.getElementById("veld-regeling");
  document.getElementById("veld-gemeente").addEventListener("change", (e) => {
    const g = gemeenten.find((x) => x.naam === e.target.value);
    regeling.value = g ? g.regeling : regeling.value;
    regeling.disabled = !!g;
  });

  /** Het verzoek uit het formulier: leeg blijft weg (de service gokt niet), een object alleen als er iets in staat. */
  function verzoek() {
    const v = {};
    const zet = (pad, waarde) => {
      const delen = pad.split(".");
      let o = v;
      delen.slice(0, -1).forEach((d) => { o = o[d] = o[d] || {}; });
      o[delen[delen.length - 1]] = waarde;
    };
    for (const e of formulier.querySelectorAll("input[name], select[name]")) {
      const pad = e.name;
      if (e.closest(".verborgen") || e.disabled) continue;
      if (e.type === "checkbox" && e.value !== "on") {
        if (!e.checked) continue;
        const lijst = pad.split(".").reduce((o, d) => o && o[d], v) || [];
        zet(pad, [...lijst, pad === "ophogingen" ? { code: e.value } : e.value]);
      } else if (e.type === "checkbox") {
        if (e.checked || pad.startsWith("vervoer.")) zet(pad, e.checked);
      } else if (e.value !== "") {
        zet(pad, e.type === "number" ? Number(e.value) : e.value);
      }
    }
    if (document.getElementById("veld-vervoer").checked) v.vervoer = v.vervoer || {};
    return v;
  }

  function veldId(naam) {
    let pad = naam.replace(/\[\d+\]/g, "");
    while (pad) {
      if (document.getElementById(idVan(pad))) return idVan(pad);
      pad = pad.includes(".") ? pad.substring(0, pad.lastIndexOf(".")) : "";
    }
    return null;
  }

  function markeer(namen) {
    formulier.querySelectorAll(".foutmelding").forEach((m) => m.remove());
    formulier.querySelectorAll("[aria-invalid]").forEach((e) => e.removeAttribute("aria-invalid"));
    formulier.querySelectorAll(".fout").forEach((e) => e.classList.remove("fout"));
    for (const [naam, reden] of namen) {
      const id = veldId(naam);
      if (!id) continue;
      const doel = document.getElementById(id);
      const melding = el("span", { class: "foutmelding", id: id + "-fout-" + Math.random().toString(36).slice(2, 7), tekst: naam + ": " + reden });
      doel.setAttribute("aria-invalid", "true");
      doel.setAttribute("aria-describedby", [doel.getAttribute("aria-describedby"), melding.id].filter(Boolean).join(" "));
      (doel.tagName === "FIELDSET" ? doel : doel.closest(".veld") || doel.parentElement).classList.add("fout");
      (doel.tagName === "FIELDSET" ? doel.querySelector("legend") : doel).after(melding);
    }
  }

  formulier.addEventListener("submit", async (e) => {
    e.preventDefault();
    const a = await IW.api("POST", "adviezen", verzoek());
    if (a.status !== 200) {
      markeer((a.json.invalidParams || []).map((f) => [f.name, f.reason]));
      resultaat.replaceChildren();
      IW.toon(fouten, IW.probleem(a.json, veldId));
      return;
    }
    fouten.replaceChildren();
    markeer(a.json.uitkomst === "ONVOLLEDIG" ? a.json.ontbrekend.map((v) => [v, "nodig voor dit advies"]) : []);
    IW.toon(resultaat, IW.advies(a.json, veldId),
      el("div", { class: "knoppen" }, el("button", { type: "button", onclick: () => window.print(), tekst: "Afdrukken als bijlage bij de beschikking" })));
  });
})();
