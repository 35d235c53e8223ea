"use strict";
(async () => {
  const { el } = IW;
  const keuze = document.getElementById("keuze");
  const formulier = document.getElementById("aanmeldformulier");
  const melding = document.getElementById("aanmeldmelding");

  function toonKeuze(a) {
    document.getElementById("aanmelden").classList.add("verborgen");
    keuze.classList.remove("verborgen");
    document.getElementById("paginas").replaceChildren(...IW.PAGINAS.filter((p) => a.rollen.includes(p.rol))
      .map((p) => el("li", {}, el("a", { href: p.pad, tekst: p.naam }))));
    document.getElementById("keuze-titel").textContent = "Welkom, " + a.naam + ". Waar wilt u naartoe?";
  }

  function verder(a) {
    const enige = IW.PAGINAS.filter((p) => a.rollen.includes(p.rol));
    if (enige.length === 1) location.href = enige[0].pad;
    else toonKeuze(a);
  }

  document.getElementById("afmelden").addEventListener("click", IW.meldAf);
  formulier.addEventListener("submit", async (e) => {
    e.preventDefault();
    const naam = formulier.gebruikersnaam.value.trim();
    const gebruiker = naam ? await IW.meldAan(naam, formulier.wachtwoord.value) : null;
    formulier.wachtwoord.value = "";
    if (!gebruiker) {
      IW.toon(melding, el("div", { class: "melding fout", role: "alert" },
        el("p", { tekst: "Aanmelden is niet gelukt. Controleer uw gebruikersnaam en wachtwoord." })));
      return;
    }
    verder(gebruiker);
  });

  const a = await IW.aanmelding();
  if (a) {
    if (location.hash === "#aangemeld") verder(a);
    else toonKeuze(a);
    return;
  }
  const wijzen = IW.aanmeldwijzen();
  document.getElementById("aanmelden").classList.remove("verborgen");
  document.getElementById("gemeente").classList.toggle("verborgen", !wijzen.gemeente);
  formulier.classList.toggle("verborgen", !wijzen.wachtwoord);
})();
