import type { Translation } from "../translation";

/** FI words for en/marks-pane.ts. */
export const MARKS_PANE: Translation = {
  "marks-pane-switch": "Merkitse ongelmat taulukkoon",
  "marks-pane-on": "Käytössä: tarkistus merkitsee virheet punaisella ja varoitukset keltaisella, kuhunkin muistiinpano.",
  "marks-pane-off": "Ei käytössä: taulukossa ei ole merkintöjä.",
  "marks-pane-marking": "Merkitään ongelmia taulukkoon",
  "marks-pane-clearing": "Poistetaan merkintöjä",
  "marks-pane-marked": "{cells, plural, one {# solu merkitty} other {# solua merkitty}} ({errors} punaisella, {warnings} keltaisella).",
  "marks-pane-notes-kept": "{count, plural, one {# solussa säilyi oma muistiinpanosi.} other {# solussa säilyi oma muistiinpanosi.}}",
  "marks-pane-not-marked": "Taulukkoa ei merkitty",
  "marks-pane-actions": "Ongelmat taulukossa",
  "marks-pane-protect": "Suojaa syöttö",
  "marks-pane-unprotect": "Poista suojaus",
  "marks-pane-protect-hint": "Syötön suojaus lisää määrä- ja koodisarakkeisiin tietojen kelpoisuuden tarkistamisen, joten Excel hylkää virheelliset arvot jo kirjoitettaessa.",
  "marks-pane-protecting": "Suojataan syöttöä",
  "marks-pane-unprotecting": "Poistetaan syötön suojausta",
  "marks-pane-export": "Vie ongelmat",
  "marks-pane-exporting": "Viedään ongelmia",
  "marks-pane-exported": "{count, plural, one {# ongelma lueteltu} other {# ongelmaa lueteltu}} taulukkoon {sheet}.",
  "marks-pane-ribbon-marked": "Ongelmat merkitty",
  "marks-pane-ribbon-mark-failed": "Ongelmia ei merkitty",
  "marks-pane-ribbon-cleared": "Merkinnät poistettu",
  "marks-pane-ribbon-clear-failed": "Merkintöjä ei poistettu",
};
