import type { Translation } from "../translation";

/** FI words for en/actions.ts. */
export const ACTIONS: Translation = {
  "action-no-inventory":
    "Taulukosta \"{sheet}\" ei löytynyt varastoluetteloa: millään otsikkorivillä ei ole sekä määrä- että varastokoodisaraketta.",

  "action-nothing-to-fix": "Ei korjattavaa: {what} on jo korjattu tai muutettu. Tarkista uudelleen.",
  "action-could-not-fix": "Korjaus ei onnistunut: {what}.",
  "action-fixed":
    "Korjattu {issues, plural, one {# ongelma} other {# ongelmaa}} ({cells, plural, one {# solu} other {# solua}} muutettu){left, plural, =0 {} one {; # rivi jätettiin ennalleen} other {; # riviä jätettiin ennalleen}}.",
  "action-prefix-invalid": "Etuliitettä \"{prefix}\" ei voi käyttää: {problems}.",
  "action-no-rows-without-codes": "Kaikilla riveillä on jo koodit: ei luotavaa.",
  "action-generated": "Luotu {count, plural, one {# koodi} other {# koodia}} (ensimmäinen: {first}).",
  "action-undo-label-fix": "korjaus",
  "action-undo-label-generate-codes": "koodien luonti",

  "action-select-rows-to-serialize": "Valitse yksilöitävät rivit (rivit, joiden määrä on yli 1).",
  "action-none-serializable": "Mitään valituista riveistä ei voi yksilöidä.",
  "action-serialized":
    "Yksilöity {rows, plural, one {# rivi} other {# riviä}}, tuloksena {units, plural, one {# rivi} other {# riviä}} ({added, plural, one {# uusi rivi} other {# uutta riviä}}){refused, plural, =0 {} one {; # rivi hylättiin} other {; # riviä hylättiin}}{skipped, plural, =0 {} other {{refused, plural, =0 {; } other {, }}{skipped, plural, one {# rivi oli} other {# riviä oli}} jo yksilöity}}.",

  "action-cannot-merge": "Valittuja rivejä ei voi yhdistää.",
  "action-select-rows-to-merge": "Valitse vähintään kaksi riviä, joiden kaikki sarakkeet ovat samat määrää, koodeja ja summia lukuun ottamatta.",
  "action-merged":
    "Yhdistetty {rows, plural, one {# rivi} other {# riviä}}, tuloksena {into, plural, one {# rivi} other {# riviä}}{refused, plural, =0 {} one {; # riviä ei yhdistetty} other {; # riviä ei yhdistetty}}.",

  "action-summary-written":
    "{replaced, select, yes {Päivitetty} other {Luotu}} taulukko \"{sheet}\": {categories, plural, one {# luokka} other {# luokkaa}}, {counted, plural, one {# rivi} other {# riviä}} laskettu, {excluded, plural, one {# rivi} other {# riviä}} jätetty pois.",
  "action-clear-filter":
    "Taulukon \"{sheet}\" suodatin piilottaa rivejä, eikä Excel voi lisätä tai poistaa rivejä suodatuksen alla siirtämättä piilotettuja rivejä: poista ensin suodatus (Tiedot, Tyhjennä) ja yritä sitten uudelleen.",
  "action-summary-replaced-no-undo": "Excel ei voi kumota yhteenvedon korvaamista (ei myöskään Ctrl+Z:lla); päivitä yhteenveto luomalla se uudelleen.",
  // results in the pane's language
  "action-formulas-as-values": "{count, plural, one {# kaava muutettiin arvoksi.} other {# kaavaa muutettiin arvoiksi.}}",
};
