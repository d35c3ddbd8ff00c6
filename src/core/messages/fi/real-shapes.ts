import type { Translation } from "../translation";

/** FI words for en/real-shapes.ts. */
export const REAL_SHAPES: Translation = {
  "issue-quantity-zero": "{cell}: määrä 0: ei yksiköitä (myyty loppuun tai poistettu käytöstä?)",
  "rule-title-quantity-zero": "Määrä 0: ei yksiköitä",
  "settings-not-each-row-one-unit": "{where}: on oltava auto, on tai off",
  "settings-not-a-rule":
    "{where}: on oltava säännön tunnus, kuten codes-number tai codes-space (tunnukset luetellaan README-tiedoston kohdassa Muting rules)",
  "note-each-row-one-unit":
    "{why, select, on {Jokainen rivi laskettiin yhdeksi yksiköksi (asetuksen mukaan taulukko on luettelo yksittäisistä yksiköistä).} other {Ei määräsaraketta: jokainen rivi laskettiin yhdeksi yksiköksi.}}",
  "note-muted-rules":
    "{warnings, plural, =0 {} one {# varoitus} other {# varoitusta}}{warnings, plural, =0 {} other {{errors, plural, =0 {} other { ja }}}}" +
    "{errors, plural, =0 {} one {# virhe} other {# virhettä}} mykistetyistä säännöistä jätettiin näyttämättä: {rules}" +
    "{errors, plural, =0 {} other {; rivit, joilla on mykistetty virhe, jätetään silti pois yhteenvedosta, yksilöinnistä ja yhdistämisestä}}.",
  "note-scope-column-missing":
    "Koodien pitäisi olla yksilöllisiä sarakkeen \"{column}\" sisällä, mutta millään sarakkeella ei ole tätä otsikkoa: kaksoiskappaleita etsittiin koko taulukosta.",
  "summary-stock-value-header": "Varaston arvo ({column})",
  "plan-no-units": "ei yksiköitä (määrä 0): ei yksilöitävää",
  "plan-no-units-to-merge": "ei yksiköitä (määrä 0): riviä, jolla ei ole yksiköitä, ei yhdistetä muihin",
  "plan-no-quantity-column": "taulukossa ei ole määräsaraketta (jokainen rivi on yksi yksikkö): määräsolua, johon kirjoittaa, ei ole",
  "plan-one-code-per-cell": "koodit luetaan yksi solua kohden (asetus): rivejä ei voi yhdistää yhteen soluun, jossa on useita koodeja",
};
