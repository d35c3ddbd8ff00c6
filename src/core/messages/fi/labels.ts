import type { Translation } from "../translation";

/** FI words for en/labels.ts. */
export const LABELS: Translation = {
  "labels-no-units": "ei yksiköitä (määrä 0): ei tulostettavia tarroja",
  "labels-code128-character": "{cell}: \"{code}\" sisältää merkin {character}, jota Code 128 ei voi tulostaa (se hyväksyy kirjaimet A–Z, numerot, välilyönnit ja ASCII-välimerkit); käytä QR-koodia tai muuta koodia",
  "labels-too-long": "{cell}: \"{code}\" on {length, number} merkkiä pitkä; {symbology} mahtuu enintään {max, number}",
  "labels-ean13-digits": "{cell}: \"{code}\" ei ole EAN-13-numero (12 tai 13 numeroa, ei muuta); käytä Code 128:aa tai QR-koodia",
  "labels-ean13-check": "{cell}: koodin \"{code}\" EAN-13-tarkistusnumero on väärä (viimeisen numeron pitäisi olla {expected})",
};
