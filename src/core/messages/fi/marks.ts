import type { Translation } from "../translation";

/** FI words for en/marks.ts. */
export const MARKS: Translation = {
  "excel-step-marks-reading": "Merkintöjen lukeminen",
  "excel-step-marks-painting": "Solujen merkitseminen",
  "excel-step-marks-noting": "Huomautusten kirjoittaminen",
  "excel-step-marks-saving": "Merkintöjen tallentaminen",
  "excel-step-marks-clearing": "Merkintöjen poistaminen",
  "excel-step-marks-restoring": "Merkintöjen palauttaminen",
  "marks-done": "Taulukkoon \"{sheet}\" merkittiin punaisella {errors, plural, one {# virheellinen solu} other {# virheellistä solua}} ja keltaisella {warnings, plural, one {# solu, jossa on varoitus} other {# solua, joissa on varoitus}}.",
  "marks-none": "Taulukossa \"{sheet}\" ei ole ongelmia: yhtään solua ei merkitty.",
  "marks-user-notes-kept": "{count, plural, one {# merkityssä solussa oli jo huomautus: se säilyy.} other {# merkityssä solussa oli jo huomautus: ne säilyvät.}}",
  "marks-no-notes": "Tämä Excelin versio ei voi lisätä huomautuksia eikä kommentteja, joten solut merkittiin ilman niitä.",
  "marks-needs-api": "Solujen merkitseminen vaatii uudemman Excelin version (ExcelApi 1.9).",
  "marks-cleared": "Merkinnät on poistettu.",
  "marks-nothing-to-clear": "Poistettavia merkintöjä ei ole.",
  "marks-progress": "Kirjoitetaan huomautuksia",
  "marks-remark-failed": "Taulukon merkintöjä ei voitu siirtää: {reason} Tarkista taulukko uudelleen, niin se merkitään.",
  "marks-newer-excel": "Tämän työkirjan merkinnät tehtiin Excelin uudemmassa versiossa, ja niiden huomautuksia tämä versio ei pysty lukemaan. Avaa työkirja siinä versiossa, niin voit merkitä taulukon tai tyhjentää merkinnät.",
  "marks-notes-capped": "{count, plural, one {# merkitty solu jäi ilman huomautusta: yksi merkintäkerta kirjoittaa enintään {max, number} huomautusta.} other {# merkittyä solua jäi ilman huomautusta: yksi merkintäkerta kirjoittaa enintään {max, number} huomautusta.}}",
};
