"use strict";
/** Rekent in de browser na wat een auditor met de hand zou narekenen: RFC 9162, 2.1.3.2 (inclusiebewijs). */
const Bewijs = (() => {
  const hex = (h) => Uint8Array.from(h.match(/../g).map((b) => parseInt(b, 16)));
  const naarHex = (b) => Array.from(new Uint8Array(b)).map((x) => x.toString(16).padStart(2, "0")).join("");
  const sha = async (...delen) => new Uint8Array(await crypto.subtle.digest("SHA-256", new Uint8Array(delen.flatMap((d) => Array.from(d)))));

  async function klopt(bewijs) {
    const n = BigInt(bewijs.controlepunt.volgnummer);
    let fn = BigInt(bewijs.bladindex);
    let sn = n - 1n;
    if (fn >= n) return false;
    let r = await sha([0], hex(bewijs.ketenhash));
    for (const p of bewijs.auditpad.map(hex)) {
      if (sn === 0n) return false;
      if ((fn & 1n) === 1n || fn === sn) {
        r = await sha([1], p, r);
        while ((fn & 1n) === 0n && fn !== 0n) { fn >>= 1n; sn >>= 1n; }
      } else {
        r = await sha([1], r, p);
      }
      fn >>= 1n; sn >>= 1n;
    }
    return sn === 0n && naarHex(r) === bewijs.controlepunt.boomwortel;
  }
  return { klopt };
})();
