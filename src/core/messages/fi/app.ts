import type { Translation } from "../translation";

/** FI words for en/app.ts. */
export const APP: Translation = {
  "app-busy": "Toinen toiminto on vielä käynnissä; yritä uudelleen, kun se on valmis.",
  "app-pane-busy": "Toinen toiminto on vielä käynnissä. Odota, että se valmistuu, tai peruuta se.",
  "app-cancelled": "Peruutettu.",
  "app-error-generic": "Jokin meni vikaan, eikä toiminto valmistunut. Yritä uudelleen; jos ongelma toistuu, lataa apuohjelma uudelleen.",
  "app-pane-error": "Tehtäväruudussa tapahtui virhe.",
  "app-try-again": "{reason} Yritä uudelleen.",

  "app-sheet-deleted": "Varastotaulukkoa ei enää ole työkirjassa (se on poistettu).",
  "app-sheet-gone":
    "Varastotaulukoksi valittua taulukkoa \"{sheet}\" ei enää ole työkirjassa, joten tehtäväruutu käyttää taas aktiivista taulukkoa.",
  "app-selection-elsewhere":
    "Valinta on toisessa taulukossa. Siirry tehtäväruudussa valittuun varastotaulukkoon \"{sheet}\", valitse rivit siellä ja yritä uudelleen.",
  "app-protected": "Taulukko \"{sheet}\" on suojattu. Poista suojaus (Tarkista › Poista taulukon suojaus) ja yritä uudelleen.",
  "app-not-a-cell": "\"{address}\" ei ole soluosoite.",

  "app-fix-one": "solun {address} ongelma",
  "app-fix-rule": "säännön \"{rule}\" ongelmat",

  "app-nothing-to-undo": "Ei mitään kumottavaa.",
  "app-undid": "Kumottu: {label}.",
  "app-settings-not-saved": "Asetuksia ei tallennettu: {reason}",
  // Problems one after another (settings a save or a code prefix refused).
  "app-problems-joined": "{first}; {rest}",

  "app-find-empty": "Kirjoita tai skannaa ensin koodi.",
  "app-find-no-inventory": "Taulukosta \"{sheet}\" ei löytynyt varastoluetteloa.",
  "app-find-no-code": "Millään rivillä ei ole koodia \"{code}\".",

  "app-live-follow-failed": "juuri tarkistetun taulukon seuraaminen ei onnistunut. {reason}",

  "app-row-reason": "{address}: {reason}",
  "app-ribbon-serialize-failed": "Yksilöinti ei valmistunut",
  "app-ribbon-summary-failed": "Luokkayhteenvetoa ei luotu",
  "app-ribbon-confirm-title": "Vahvista tehtäväruudussa",
  "app-ribbon-confirm":
    "Valinnan yksilöinti lisäisi {count, plural, one {# rivin} other {# riviä}}. Tarkista esikatselu ja vahvista sitten.",
  "app-ribbon-nothing-title": "Ei yksilöitävää",
  "app-ribbon-nothing": "Mitään valituista riveistä ei voi yksilöidä. Valitse rivit, joiden määrä on yli 1.",
  "app-ribbon-serialized": "Yksilöity",
  "app-ribbon-serialized-refused": "Yksilöity, osa riveistä hylättiin",
  "app-ribbon-summary-ready": "Luokkayhteenveto on valmis",
  "app-ribbon-summary-written": "Kirjoitettu taulukkoon {sheet}.",

  "app-serialize-intro":
    "Valitse rivit varastotaulukosta (sen on oltava aktiivinen taulukko). Jokainen rivi, jonka määrä on yli 1, jaetaan yhdeksi riviksi yksikköä kohden: koodit säilyvät, ja tulot ja kulut jaetaan sentilleen.",
  "app-serialize-preview-title": "Valmistellaan yksilöinnin esikatselua",
  "app-serialize-apply-title": "Yksilöidään valintaa",
  "app-aggregate-intro":
    "Valitse rivit varastotaulukosta (sen on oltava aktiivinen taulukko). Rivit, joiden kaikki sarakkeet määrää, koodeja ja summia lukuun ottamatta ovat samat, yhdistetään yhdeksi riviksi: määrät ja summat lasketaan yhteen ja koodit liitetään yhteen.",
  "app-aggregate-preview-title": "Valmistellaan yhdistämisen esikatselua",
  "app-aggregate-apply-title": "Yhdistetään valintaa",
};
