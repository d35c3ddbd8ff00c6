import type { Translation } from "../translation";

/** NL words for en/labels.ts. */
export const LABELS: Translation = {
  "labels-no-units": "geen stuks (aantal 0): geen etiketten om af te drukken",
  "labels-code128-character": "{cell}: \"{code}\" bevat {character}, dat Code 128 niet kan afdrukken (alleen de letters A–Z, cijfers, spaties en ASCII-leestekens); gebruik QR of wijzig de code",
  "labels-too-long": "{cell}: \"{code}\" is {length, number} tekens lang; {symbology} bevat er hoogstens {max, number}",
  "labels-ean13-digits": "{cell}: \"{code}\" is geen EAN-13-nummer (12 of 13 cijfers, verder niets); gebruik Code 128 of QR",
  "labels-ean13-check": "{cell}: \"{code}\" heeft een verkeerd EAN-13-controlecijfer (het laatste cijfer moet {expected} zijn)",
};
