import type { Translation } from "../translation";

/** SV words for en/stocktake.ts. */
export const STOCKTAKE: Translation = {
  "stocktake-sheet-name": "Inventering",
  "stocktake-headline":
    "{where}: {scans, plural, one {# skanning} other {# skanningar}}; {counted, number} av {expected, plural, one {# enhet} other {# enheter}} räknade, {missing, plural, one {# saknas} other {# saknas}}",
  "stocktake-label-source-sheet": "Källblad",
  "stocktake-label-scans": "Skanningar",
  "stocktake-label-created": "Skapad",
  "stocktake-heading-category": "Kategori",
  "stocktake-heading-expected": "Förväntat",
  "stocktake-heading-counted": "Räknat",
  "stocktake-heading-missing": "Saknas",
  "stocktake-heading-finding": "Resultat",
  "stocktake-heading-row": "Rad",
  "stocktake-heading-name": "Namn",
  "stocktake-heading-code": "Kod",
  "stocktake-finding-missing": "saknas",
  "stocktake-finding-unknown": "okänd kod",
  "stocktake-finding-scanned-again": "skannad igen",
  "stocktake-finding-more-than-quantity": "fler än antalet",
  "stocktake-finding-on-several-rows": "koden finns på flera rader",
  "stocktake-finding-on-invalid-row": "raden har fel",
  "stocktake-list-missing": "Saknas ({count, plural, one {# post} other {# poster}}):",
  "stocktake-list-unknown": "Okända koder ({count, number}):",
  "stocktake-list-scanned-twice": "Skannade mer än en gång ({count, number}):",
  "stocktake-list-not-counted": "Skanningar som inte räknades ({count, number}):",
  "stocktake-nothing-missing": "Inget saknas.",
  "stocktake-empty-scans": "{count, plural, one {# skanning var tom} other {# skanningar var tomma}} när radslutet och skannerns prefix och suffix togs bort.",
  "stocktake-and-more": "… och {count, number} till",
};
