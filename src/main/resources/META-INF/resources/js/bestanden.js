// Beslistabellen: de bestanden van een versie downloaden, precies zoals ze werden opgeslagen (zip of per tabel).
"use strict";
const IWBestanden = (() => {
  const { el } = IW;
  const kort = (versie) => versie.substring(0, 12);
  const pad = (regeling, versie) => "api/v1/regelsets/" + encodeURIComponent(regeling) + "/versies/" + encodeURIComponent(versie) + "/bestanden";
  const zip = (regeling, versie) => pad(regeling, versie) + "?formaat=zip";
  const bestand = (regeling, versie, naam) => pad(regeling, versie) + "/" + encodeURIComponent(naam);

  /** Per regeling: de actieve tabel als zip, en elke beslistabel van de actieve versie apart. */
  function actieve(overzicht, doel) {
    doel.replaceChildren(...overzicht.regelsets.map((r) => {
      const tabellen = el("ul", { class: "tabellen" });
      IW.api("GET", pad(r.regeling, r.actieveVersie).substring("api/v1/".length)).then((a) => {
        if (a.status !== 200) return;
        tabellen.replaceChildren(...a.json.bestanden.filter((b) => b.naam.endsWith(".drl.xlsx")).map((b) =>
          el("li", {}, el("a", { href: bestand(r.regeling, r.actieveVersie, b.naam), download: b.naam, tekst: b.naam,
            "aria-label": b.naam + " van " + r.regeling + " downloaden" }))));
      });
      return el("li", { "data-regeling": r.regeling },
        el("a", { class: "download", href: zip(r.regeling, r.actieveVersie), download: true,
          tekst: "Download de actieve tabel van " + r.regeling + " (zip, versie " + kort(r.actieveVersie) + ")" }),
        tabellen);
    }));
  }

  /** De link in de versielijst: alle bestanden van die versie als zip. */
  const versielink = (regeling, versie) => el("a", { href: zip(regeling, versie), download: true,
    "aria-label": "Download versie " + kort(versie) + " van " + regeling + " (zip)", tekst: "Download" });

  return { actieve, versielink, zip, bestand };
})();
