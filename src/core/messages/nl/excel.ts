import type { Translation } from "../translation";

/** NL words for en/excel.ts. */
export const EXCEL: Translation = {
  "excel-error-with-code": "{words} ({code})",
  "excel-error-unexpected": "Er is een onverwachte fout opgetreden.",
  "excel-code-unknown": "Excel heeft een fout gemeld.",
  "excel-code-cell-edit-mode": "Excel is bezig met het bewerken van een cel. Druk op Enter of Esc om de cel te verlaten en probeer het dan opnieuw.",
  "excel-code-access-denied": "Excel heeft de wijziging geweigerd: het werkblad of de werkmap is beveiligd of alleen-lezen.",
  "excel-code-request-too-large": "De wijziging is te groot voor Excel om in één keer te verwerken.",
  "excel-code-response-too-large": "De gegevens zijn te groot voor Excel om in één keer te verzenden.",
  "excel-code-general": "Excel heeft een interne fout gemeld.",
  "excel-code-item-not-found": "Een werkblad, tabel of cel die de invoegtoepassing nodig had, is er niet meer (de naam is gewijzigd of het item is verwijderd).",
  "excel-code-item-exists": "Er bestaat al een werkblad of tabel met die naam.",
  "excel-code-invalid-argument": "Excel heeft een waarde die de invoegtoepassing heeft verzonden niet geaccepteerd.",
  "excel-code-invalid-operation": "Excel staat deze bewerking hier niet toe.",
  "excel-code-insert-delete-conflict":
    "Hier kunnen geen rijen worden ingevoegd of verwijderd: daardoor zou een tabel, samengevoegde cellen of een matrixformule worden gesplitst.",
  "excel-code-merged-cells": "Samengevoegde cellen zitten in de weg.",
  "excel-code-filtered-range": "Er is een filter actief op het bereik: wis het filter en probeer het opnieuw.",
  "excel-code-pivot-table": "Een draaitabel zit in de weg.",
  "excel-code-off-sheet": "Er kunnen geen rijen worden ingevoegd: gegevens onder aan het werkblad zouden van het werkblad worden geschoven.",
  "excel-code-invalid-selection":
    "Er is een grafiek, vorm of afbeelding geselecteerd, geen cellen. Selecteer de rijen op het werkblad en probeer het dan opnieuw.",
  "excel-code-range-too-large": "Het bereik is groter dan Excel toestaat.",
  "excel-code-unsupported": "Deze versie van Excel ondersteunt de bewerking niet.",
  "excel-code-undo-not-supported": "Excel kon de wijziging niet bundelen tot één stap om ongedaan te maken.",
  "excel-code-conflict": "Iemand anders heeft de werkmap tegelijkertijd gewijzigd.",
  "excel-code-request-aborted": "De aanvraag aan Excel is onderbroken.",
  "excel-code-activity-limit": "Excel heeft te veel aanvragen tegelijk. Wacht even en probeer het opnieuw.",
  "excel-code-unauthenticated": "Excel kon uw aanmelding niet verifiëren.",

  "excel-step-failed": "{step} is mislukt: {reason}",
  "excel-not-restored": "Sommige wijzigingen konden niet automatisch ongedaan worden gemaakt: controleer het werkblad.",

  "excel-step-reading-sheet": "Het lezen van het werkblad",
  "excel-step-reading-rows": "Het lezen van de rijen",
  "excel-step-reading-codes": "Het lezen van de codes",
  "excel-step-reading-settings": "Het lezen van de instellingen",
  "excel-step-saving-settings": "Het opslaan van de instellingen",
  "excel-step-listing-sheets": "Het opsommen van de werkbladen",
  "excel-step-checking-cells": "Het controleren van de cellen",
  "excel-step-writing-cells": "Het schrijven van de cellen",
  "excel-step-restoring-cells": "Het herstellen van de cellen",
  "excel-step-checking-rows": "Het controleren van de rijen",
  "excel-step-serializing": "Het invoegen en schrijven van de rijen",
  "excel-step-removing-added-rows": "Het verwijderen van de toegevoegde rijen",
  "excel-step-merging": "Het samenvoegen van de rijen",
  "excel-step-putting-rows-back": "Het terugzetten van de rijen",
  "excel-step-checking-before-undo": "Het controleren van het werkblad vóór het ongedaan maken",
  "excel-step-finding-summary": "Het zoeken naar het overzichtswerkblad",
  "excel-step-building-summary": "Het opbouwen van het overzicht",
  "excel-step-finishing-summary": "Het afronden van het overzicht",
  "excel-step-writing-summary": "Het schrijven van het overzicht",
  "excel-step-removing-summary": "Het verwijderen van het overzichtswerkblad",

  "excel-changed-meanwhile": "Het werkblad \"{sheet}\" is gewijzigd terwijl de invoegtoepassing bezig was: voer de actie opnieuw uit.",
  "excel-undo-sheet-gone": "Kan niet ongedaan maken: het werkblad \"{sheet}\" bestaat niet meer.",
  "excel-undo-sheet-changed":
    "Kan {action} niet ongedaan maken: het werkblad \"{sheet}\" is sindsdien gewijzigd. Gebruik in plaats daarvan Ongedaan maken van Excel (Ctrl+Z).",
  "excel-undo-label-serialize": "het uitsplitsen",
  "excel-undo-label-aggregate": "het samenvoegen",
  "excel-undo-label-summary": "het overzicht",

  "excel-summary-names-taken":
    "Alle namen van \"{first}\" tot en met \"{last}\" worden gebruikt door uw eigen werkbladen; wijzig de naam van een ervan of kies in de instellingen een andere naam voor het overzichtswerkblad.",
  "excel-summary-temporary-name": "Voorraadoverzicht nieuw {number}",
  "excel-summary-chart-title": "Opbrengsten en uitgaven per categorie",

  "excel-progress-reading-rows": "Rijen lezen",
  "excel-settings-unreadable": "De opgeslagen instellingen waren onleesbaar; de standaardinstellingen worden gebruikt.",
  "excel-setting-invalid": "De opgeslagen instelling \"{key}\" is ongeldig ({problems}); de standaardwaarde wordt gebruikt.",
  "excel-settings-defaults-invalid": "De standaardinstellingen zijn ongeldig: {problems}",

  "excel-neighbour-table-split":
    "Kan {action} niet uitvoeren: hele rijen zouden midden door de tabel {tables} naast de voorraadlijst worden ingevoegd of verwijderd. Verplaats die tabel eerst weg van de rijen van de voorraadlijst.",
  "excel-neighbour-cells":
    "Kan niet samenvoegen: de rijen die zouden worden verwijderd, bevatten {count, plural, one {een waarde} other {# waarden}} naast de voorraadlijst ({cells}). Verplaats of wis die eerst.",
  "excel-neighbour-more": "{cells} en nog {count, number}",
  "excel-changed-mid-write": "Gestopt: {cell} is gewijzigd terwijl {action} bezig was met schrijven.",
};
