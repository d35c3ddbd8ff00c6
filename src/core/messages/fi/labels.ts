import type { Translation } from "../translation";

/** FI words for en/labels.ts. */
export const LABELS: Translation = {
  "labels-no-units": "ei yksiköitä (määrä 0): ei tulostettavia tarroja",
  "labels-code128-character": "{cell}: \"{code}\" sisältää merkin {character}, jota Code 128 ei voi tulostaa (se hyväksyy kirjaimet A–Z, numerot, välilyönnit ja ASCII-välimerkit); käytä QR-koodia tai muuta koodia",
  "labels-too-long": "{cell}: \"{code}\" on {length, number} merkkiä pitkä; {symbology} mahtuu enintään {max, number}",
  "labels-ean13-digits": "{cell}: \"{code}\" ei ole EAN-13-numero (12 tai 13 numeroa, ei muuta); käytä Code 128:aa tai QR-koodia",
  "labels-ean13-check": "{cell}: koodin \"{code}\" EAN-13-tarkistusnumero on väärä (viimeisen numeron pitäisi olla {expected})",
  "labels-sheet-name": "Tarrat",
  "labels-cli-made": "{labels, plural, one {# tarra} other {# tarraa}} {pages, plural, one {# sivulla} other {# sivulla}} ({layout}, {symbology}).",
  "labels-cli-refused": "Koodit, joille ei tehty tarraa ({count, number}):",
  "labels-cli-uncoded": "Yksiköt ilman koodia ({count, number}); yksilöi rivi tai luo koodit riville, jolla ei ole koodeja, ja tulosta sitten niiden tarrat:",
  "labels-cli-uncoded-row": "{units, plural, one {# yksiköllä ei ole koodia} other {# yksiköllä ei ole koodia}}",
  "labels-cli-none": "Ei tarroja: valitse varastoluettelon rivejä, joiden koodit voi tulostaa (--rows Excelin rivinumeroina); tiedostoa {file} ei kirjoitettu.",
};
