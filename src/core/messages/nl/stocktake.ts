import type { Translation } from "../translation";

/** NL words for en/stocktake.ts. */
export const STOCKTAKE: Translation = {
  "stocktake-sheet-name": "Voorraadtelling",
  "stocktake-headline":
    "{where}: {scans, plural, one {# scan} other {# scans}}; {counted, number} van {expected, plural, one {# stuk} other {# stuks}} geteld, {missing, plural, one {# ontbreekt} other {# ontbreken}}",
  "stocktake-label-source-sheet": "Bronwerkblad",
  "stocktake-label-scans": "Scans",
  "stocktake-label-created": "Aangemaakt",
  "stocktake-heading-category": "Categorie",
  "stocktake-heading-expected": "Verwacht",
  "stocktake-heading-counted": "Geteld",
  "stocktake-heading-missing": "Ontbreekt",
  "stocktake-heading-finding": "Bevinding",
  "stocktake-heading-row": "Rij",
  "stocktake-heading-name": "Naam",
  "stocktake-heading-code": "Code",
  "stocktake-finding-missing": "ontbreekt",
  "stocktake-finding-unknown": "onbekende code",
  "stocktake-finding-scanned-again": "opnieuw gescand",
  "stocktake-finding-more-than-quantity": "meer dan het aantal",
  "stocktake-finding-on-several-rows": "code op meerdere rijen",
  "stocktake-finding-on-invalid-row": "rij bevat fouten",
  "stocktake-list-missing": "Ontbreekt ({count, plural, one {# record} other {# records}}):",
  "stocktake-list-unknown": "Onbekende codes ({count, number}):",
  "stocktake-list-scanned-twice": "Meer dan eens gescand ({count, number}):",
  "stocktake-list-not-counted": "Niet getelde scans ({count, number}):",
  "stocktake-nothing-missing": "Er ontbreekt niets.",
  "stocktake-empty-scans": "{count, plural, one {# scan was} other {# scans waren}} leeg nadat het regeleinde en het voor- en achtervoegsel van de scanner waren verwijderd.",
  "stocktake-and-more": "… en nog {count, number}",
};
