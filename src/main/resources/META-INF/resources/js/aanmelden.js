"use strict";
(() => {
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

  document.getElementById("afmelden").addEventListener("click", IW.meldAf);
  formulier.addEventListener("submit", async (e) => {
    e.preventDefault();
    const token = formulier.token.value.trim();
    const naam = formulier.gebruikersnaam.value.trim();
    const kop = token ? "Bearer " + token
      : "Basic " + btoa(String.fromCharCode(...new TextEncoder().encode(naam + ":" + formulier.wachtwoord.value)));
    const gebruiker = (token || naam) ? await IW.meldAan(kop) : null;
    if (!gebruiker) {
      IW.toon(melding, el("div", { class: "melding fout", role: "alert" },
        el("p", { tekst: "Aanmelden is niet gelukt. Controleer uw gebruikersnaam en wachtwoord, of uw toegangstoken." })));
      return;
    }
    const a = IW.aanmelding();
    const enige = IW.PAGINAS.filter((p) => a.rollen.includes(p.rol));
    if (enige.length === 1) location.href = enige[0].pad;
    else toonKeuze(a);
  });

  const a = IW.aanmelding();
  if (a) toonKeuze(a);
})();
