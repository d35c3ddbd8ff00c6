import type { Translation } from "../translation";

/** FI words for en/entry-rules.ts. */
export const ENTRY_RULES: Translation = {
  "entry-quantity-prompt-title": "Määrä",
  "entry-quantity-prompt": "Kirjoita kokonaisluku, vähintään 1: montako kappaletta tämä rivi edustaa.",
  "entry-quantity-error-title": "Ei kelpaa määräksi",
  "entry-quantity-error": "Määrän on oltava kokonaisluku, vähintään 1, esimerkiksi 1 tai 12.",
  "entry-codes-prompt-title": "Varastokoodit",
  "entry-codes-prompt": "Yksi koodi tai useampi pilkuilla eroteltuna: A1, A2.",
  "entry-codes-error-title": "Koodeja ei hyväksytty",
  "entry-codes-error": "Erota koodit vain pilkuilla (ei ;) äläkä jätä koodia tyhjäksi: A1, A2 eikä A1,,A2 tai A1;A2.",
  "entry-code-prompt": "Yksi varastokoodi sellaisena kuin se on merkitty tuotteeseen.",
  "entry-code-error": "Varastokoodi ei voi olla tyhjä.",
  "entry-protected": "Excel tarkistaa nyt, mitä soluihin {ranges} kirjoitetaan laskentataulukossa \"{sheet}\".",
  "entry-pasting": "Excel ei tarkista liitettyjä soluja: tarkista taulukko liittämisen jälkeen.",
  "entry-needs-api": "Syötön suojaus tarvitsee tietojen kelpoisuustarkistusta (ExcelApi 1.8), jota tässä Excel-versiossa ei ole.",
  "entry-user-rules": "Näissä soluissa on jo tietojen kelpoisuustarkistus, joka ei ole apuohjelman, eikä syötön suojaus koskaan korvaa sitä: {cells}.",
  "entry-removed": "Syötön suojaus poistettiin soluista {ranges} laskentataulukossa \"{sheet}\".",
  "entry-removed-gone": "Apuohjelman syöttösääntöjä ei enää ollut laskentataulukossa \"{sheet}\"; mihinkään muuhun ei koskettu.",
  "entry-none": "Tässä työkirjassa ei ole apuohjelman syötön suojausta.",
  "entry-sheet-gone": "Laskentataulukko, jossa syötön suojaus oli, ei ole enää työkirjassa, ja sen säännöt poistuivat sen mukana.",
  "entry-earlier-protected": "Apuohjelman aiemmat syöttösäännöt ovat laskentataulukossa \"{sheet}\", joka on suojattu, ja syötön suojaus poistaisi ne sieltä. Poista laskentataulukon \"{sheet}\" suojaus (Tarkista › Poista taulukon suojaus) ja yritä uudelleen.",
  "entry-earlier-moved": "Aiemmat syöttösäännöt poistettiin soluista {ranges} laskentataulukossa \"{sheet}\": apuohjelma suojaa yhden laskentataulukon kerrallaan.",
};
