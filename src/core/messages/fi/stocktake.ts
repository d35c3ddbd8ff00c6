import type { Translation } from "../translation";

/** FI words for en/stocktake.ts. */
export const STOCKTAKE: Translation = {
  "stocktake-sheet-name": "Inventaario",
  "stocktake-headline":
    "{where}: {scans, plural, one {# luenta} other {# luentaa}}; {expected, plural, one {# yksiköstä} other {# yksiköstä}} laskettu {counted, number}, puuttuu {missing, plural, one {#} other {#}}",
  "stocktake-label-source-sheet": "Lähdetaulukko",
  "stocktake-label-scans": "Luennat",
  "stocktake-label-created": "Luotu",
  "stocktake-heading-category": "Luokka",
  "stocktake-heading-expected": "Odotettu",
  "stocktake-heading-counted": "Laskettu",
  "stocktake-heading-missing": "Puuttuu",
  "stocktake-heading-finding": "Havainto",
  "stocktake-heading-row": "Rivi",
  "stocktake-heading-name": "Nimi",
  "stocktake-heading-code": "Koodi",
  "stocktake-finding-missing": "puuttuu",
  "stocktake-finding-unknown": "tuntematon koodi",
  "stocktake-finding-scanned-again": "luettu uudelleen",
  "stocktake-finding-more-than-quantity": "enemmän kuin määrä",
  "stocktake-finding-on-several-rows": "koodi usealla rivillä",
  "stocktake-finding-on-invalid-row": "rivillä on virheitä",
  "stocktake-list-missing": "Puuttuu ({count, plural, one {# tietue} other {# tietuetta}}):",
  "stocktake-list-unknown": "Tuntemattomat koodit ({count, number}):",
  "stocktake-list-scanned-twice": "Luettu useammin kuin kerran ({count, number}):",
  "stocktake-list-not-counted": "Laskematta jääneet luennat ({count, number}):",
  "stocktake-nothing-missing": "Mitään ei puutu.",
  "stocktake-empty-scans": "{count, plural, one {# luenta oli tyhjä} other {# luentaa oli tyhjiä}}, kun rivinvaihto sekä lukijan etu- ja jälkiliite poistettiin.",
  "stocktake-and-more": "… ja {count, number} muuta",
};
