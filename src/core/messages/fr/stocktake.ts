import type { Translation } from "../translation";

/** FR words for en/stocktake.ts. */
export const STOCKTAKE: Translation = {
  "stocktake-sheet-name": "Inventaire",
  "stocktake-headline":
    "{where} : {scans, plural, one {# scan} other {# scans}} ; {counted, number} {expected, plural, one {unité comptée sur #} other {unités comptées sur #}}, {missing, plural, one {# manquante} other {# manquantes}}",
  "stocktake-label-source-sheet": "Feuille source",
  "stocktake-label-scans": "Scans",
  "stocktake-label-created": "Créé le",
  "stocktake-heading-category": "Catégorie",
  "stocktake-heading-expected": "Attendu",
  "stocktake-heading-counted": "Compté",
  "stocktake-heading-missing": "Manquant",
  "stocktake-heading-finding": "Constat",
  "stocktake-heading-row": "Ligne",
  "stocktake-heading-name": "Nom",
  "stocktake-heading-code": "Code",
  "stocktake-finding-missing": "manquant",
  "stocktake-finding-unknown": "code inconnu",
  "stocktake-finding-scanned-again": "scanné de nouveau",
  "stocktake-finding-more-than-quantity": "plus que la quantité",
  "stocktake-finding-on-several-rows": "code sur plusieurs lignes",
  "stocktake-finding-on-invalid-row": "la ligne contient des erreurs",
  "stocktake-list-missing": "Manquant ({count, plural, one {# enregistrement} other {# enregistrements}}) :",
  "stocktake-list-unknown": "Codes inconnus ({count, number}) :",
  "stocktake-list-scanned-twice": "Scannés plus d'une fois ({count, number}) :",
  "stocktake-list-not-counted": "Scans non comptés ({count, number}) :",
  "stocktake-nothing-missing": "Rien ne manque.",
  "stocktake-empty-scans": "{count, plural, one {# scan était vide} other {# scans étaient vides}} une fois la fin de ligne ainsi que le préfixe et le suffixe du lecteur retirés.",
  "stocktake-and-more": "… et {count, number} de plus",
};
