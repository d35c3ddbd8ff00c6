import type { Translation } from "../translation";

/** DE words for en/labels.ts. */
export const LABELS: Translation = {
  "labels-no-units": "Keine Stücke (Menge 0): keine Etiketten zu drucken",
  "labels-code128-character": "{cell}: \"{code}\" enthält {character}, das Code 128 nicht drucken kann (erlaubt sind die Buchstaben A–Z, Ziffern, Leerzeichen und ASCII-Satzzeichen); verwenden Sie QR oder ändern Sie den Code",
  "labels-too-long": "{cell}: \"{code}\" ist {length, number} Zeichen lang; {symbology} fasst höchstens {max, number}",
  "labels-ean13-digits": "{cell}: \"{code}\" ist keine EAN-13-Nummer (12 oder 13 Ziffern, sonst nichts); verwenden Sie Code 128 oder QR",
  "labels-ean13-check": "{cell}: \"{code}\" hat eine falsche EAN-13-Prüfziffer (die letzte Ziffer müsste {expected} sein)",
};
