import type { Translation } from "../translation";

/** DE words for en/stocktake.ts. */
export const STOCKTAKE: Translation = {
  "stocktake-sheet-name": "Inventur",
  "stocktake-headline":
    "{where}: {scans, plural, one {# Scan} other {# Scans}}; {counted, number} von {expected, plural, one {# Stück} other {# Stück}} gezählt, {missing, plural, one {# fehlt} other {# fehlen}}",
  "stocktake-label-source-sheet": "Quellblatt",
  "stocktake-label-scans": "Scans",
  "stocktake-label-created": "Erstellt",
  "stocktake-heading-category": "Kategorie",
  "stocktake-heading-expected": "Soll",
  "stocktake-heading-counted": "Gezählt",
  "stocktake-heading-missing": "Fehlt",
  "stocktake-heading-finding": "Befund",
  "stocktake-heading-row": "Zeile",
  "stocktake-heading-name": "Name",
  "stocktake-heading-code": "Code",
  "stocktake-finding-missing": "fehlt",
  "stocktake-finding-unknown": "unbekannter Code",
  "stocktake-finding-scanned-again": "erneut gescannt",
  "stocktake-finding-more-than-quantity": "mehr als die Menge",
  "stocktake-finding-on-several-rows": "Code in mehreren Zeilen",
  "stocktake-finding-on-invalid-row": "Zeile hat Fehler",
  "stocktake-list-missing": "Fehlt ({count, plural, one {# Datensatz} other {# Datensätze}}):",
  "stocktake-list-unknown": "Unbekannte Codes ({count, number}):",
  "stocktake-list-scanned-twice": "Mehr als einmal gescannt ({count, number}):",
  "stocktake-list-not-counted": "Nicht gezählte Scans ({count, number}):",
  "stocktake-nothing-missing": "Es fehlt nichts.",
  "stocktake-empty-scans": "{count, plural, one {# Scan war} other {# Scans waren}} leer, nachdem Zeilenende sowie Präfix und Suffix des Scanners entfernt wurden.",
  "stocktake-and-more": "… und {count, number} weitere",
};
