import type { Translation } from "../translation";

/** FI words for en/excel.ts. */
export const EXCEL: Translation = {
  "excel-error-with-code": "{words} ({code})",
  "excel-error-unexpected": "Tapahtui odottamaton virhe.",
  "excel-code-unknown": "Excel ilmoitti virheestä.",
  "excel-code-cell-edit-mode": "Excel on solun muokkaustilassa. Poistu solusta painamalla Enter tai Esc ja yritä sitten uudelleen.",
  "excel-code-access-denied": "Excel ei sallinut muutosta: taulukko tai työkirja on suojattu tai vain luku -tilassa.",
  "excel-code-request-too-large": "Muutos on liian suuri, jotta Excel voisi ottaa sen vastaan kerralla.",
  "excel-code-response-too-large": "Tietoja on liian paljon, jotta Excel voisi lähettää ne kerralla.",
  "excel-code-general": "Excelissä tapahtui sisäinen virhe.",
  "excel-code-item-not-found": "Apuohjelman tarvitsemaa taulukkoa, Excel-taulukkoa tai solua ei enää ole (se on nimetty uudelleen tai poistettu).",
  "excel-code-item-exists": "Samanniminen taulukko tai Excel-taulukko on jo olemassa.",
  "excel-code-invalid-argument": "Excel ei hyväksynyt apuohjelman lähettämää arvoa.",
  "excel-code-invalid-operation": "Excel ei salli tätä toimintoa tässä.",
  "excel-code-insert-delete-conflict":
    "Rivejä ei voi lisätä tai poistaa tässä: se jakaisi Excel-taulukon, yhdistetyt solut tai matriisikaavan.",
  "excel-code-merged-cells": "Yhdistetyt solut ovat tiellä.",
  "excel-code-filtered-range": "Alueella on suodatin käytössä: poista suodatus ja yritä uudelleen.",
  "excel-code-pivot-table": "Pivot-taulukko on tiellä.",
  "excel-code-off-sheet": "Rivejä ei voi lisätä: taulukon alareunassa olevat tiedot siirtyisivät taulukon ulkopuolelle.",
  "excel-code-invalid-selection":
    "Valittuna on kaavio, muoto tai kuva eikä soluja. Valitse rivit taulukosta ja yritä sitten uudelleen.",
  "excel-code-range-too-large": "Alue on suurempi kuin Excel sallii.",
  "excel-code-unsupported": "Tämä Excelin versio ei tue toimintoa.",
  "excel-code-undo-not-supported": "Excel ei voinut koota muutosta yhdeksi kumottavaksi vaiheeksi.",
  "excel-code-conflict": "Joku muu muutti työkirjaa samaan aikaan.",
  "excel-code-request-aborted": "Pyyntö Excelille keskeytyi.",
  "excel-code-activity-limit": "Excelillä on liian monta pyyntöä käsiteltävänä. Odota hetki ja yritä uudelleen.",
  "excel-code-unauthenticated": "Excel ei voinut vahvistaa kirjautumistasi.",

  "excel-step-failed": "{step} epäonnistui: {reason}",
  "excel-not-restored": "Kaikkia muutoksia ei voitu kumota automaattisesti: tarkista taulukko.",

  "excel-step-reading-sheet": "Taulukon lukeminen",
  "excel-step-reading-rows": "Rivien lukeminen",
  "excel-step-reading-codes": "Koodien lukeminen",
  "excel-step-reading-settings": "Asetusten lukeminen",
  "excel-step-saving-settings": "Asetusten tallentaminen",
  "excel-step-listing-sheets": "Taulukoiden luetteloiminen",
  "excel-step-checking-cells": "Solujen tarkistaminen",
  "excel-step-writing-cells": "Solujen kirjoittaminen",
  "excel-step-restoring-cells": "Solujen palauttaminen",
  "excel-step-checking-rows": "Rivien tarkistaminen",
  "excel-step-serializing": "Rivien lisääminen ja kirjoittaminen",
  "excel-step-removing-added-rows": "Lisättyjen rivien poistaminen",
  "excel-step-merging": "Rivien yhdistäminen",
  "excel-step-putting-rows-back": "Rivien palauttaminen",
  "excel-step-checking-before-undo": "Taulukon tarkistaminen ennen kumoamista",
  "excel-step-finding-summary": "Yhteenvetotaulukon etsiminen",
  "excel-step-building-summary": "Yhteenvedon muodostaminen",
  "excel-step-finishing-summary": "Yhteenvedon viimeisteleminen",
  "excel-step-writing-summary": "Yhteenvedon kirjoittaminen",
  "excel-step-removing-summary": "Yhteenvetotaulukon poistaminen",

  "excel-changed-meanwhile": "Taulukko \"{sheet}\" muuttui apuohjelman työskennellessä: suorita toiminto uudelleen.",
  "excel-undo-sheet-gone": "Kumoaminen ei onnistu: taulukkoa \"{sheet}\" ei enää ole.",
  "excel-undo-sheet-changed":
    "Toimintoa ei voi kumota ({action}): taulukkoa \"{sheet}\" on muutettu sen jälkeen. Käytä sen sijaan Excelin Kumoa-toimintoa (Ctrl+Z).",
  "excel-undo-label-serialize": "yksilöinti",
  "excel-undo-label-aggregate": "yhdistäminen",
  "excel-undo-label-summary": "yhteenveto",

  "excel-summary-names-taken":
    "Kaikki nimet väliltä \"{first}\"–\"{last}\" ovat omien taulukoidesi käytössä; nimeä jokin niistä uudelleen tai valitse asetuksissa toinen nimi yhteenvetotaulukolle.",
  "excel-summary-temporary-name": "Varastoyhteenveto uusi {number}",
  "excel-summary-chart-title": "Tulot ja kulut luokittain",

  "excel-progress-reading-rows": "Luetaan rivejä",
  "excel-settings-unreadable": "Tallennettuja asetuksia ei voitu lukea; käytetään oletusasetuksia.",
  "excel-setting-invalid": "Tallennettu asetus \"{key}\" ei kelpaa ({problems}); käytetään oletusarvoa.",
  "excel-settings-defaults-invalid": "Oletusasetukset eivät kelpaa: {problems}",

  "excel-neighbour-table-split":
    "Toiminto ei onnistu ({action}): kokonaisia rivejä lisättäisiin tai poistettaisiin varastoluettelon vieressä olevan Excel-taulukon keskeltä: {tables}. Siirrä ensin kyseinen Excel-taulukko pois varastoluettelon riveiltä.",
  "excel-neighbour-cells":
    "Yhdistäminen ei onnistu: poistettavilla riveillä on {count, plural, one {arvo} other {# arvoa}} varastoluettelon vieressä ({cells}). Siirrä tai tyhjennä {count, plural, one {se} other {ne}} ensin.",
  "excel-neighbour-more": "{cells} ja {count, number} muuta",
  "excel-changed-mid-write": "Pysäytetty: soluun {cell} tehtiin muutos, kun {action} oli kesken.",
};
