import type { Translation } from "../translation";

/** NL words for en/app.ts. */
export const APP: Translation = {
  "app-busy": "Er wordt nog een andere actie uitgevoerd; probeer het opnieuw wanneer die klaar is.",
  "app-pane-busy": "Er wordt nog een andere actie uitgevoerd. Wacht tot die klaar is of annuleer deze.",
  "app-cancelled": "Geannuleerd.",
  "app-error-generic": "Er is iets misgegaan en de actie is niet voltooid. Probeer het opnieuw; blijft dit gebeuren, laad de invoegtoepassing dan opnieuw.",
  "app-pane-error": "Er is iets misgegaan in het taakvenster.",
  "app-try-again": "{reason} Probeer het opnieuw.",

  "app-sheet-deleted": "Het voorraadwerkblad staat niet meer in de werkmap (het is verwijderd).",
  "app-sheet-gone":
    "Het werkblad \"{sheet}\" dat als voorraadwerkblad is gekozen, staat niet meer in de werkmap; het taakvenster gebruikt daarom weer het actieve werkblad.",
  "app-selection-elsewhere":
    "De selectie staat op een ander werkblad. Ga naar \"{sheet}\", het voorraadwerkblad dat in het taakvenster is gekozen, selecteer daar de rijen en probeer het opnieuw.",
  "app-protected": "Het werkblad \"{sheet}\" is beveiligd. Hef de beveiliging op (Controleren › Beveiliging blad opheffen) en probeer het opnieuw.",
  "app-not-a-cell": "\"{address}\" is geen celadres.",

  "app-fix-one": "het probleem in {address}",
  "app-fix-rule": "de problemen van regel \"{rule}\"",

  "app-nothing-to-undo": "Er is niets om ongedaan te maken.",
  "app-undid": "Ongedaan gemaakt: {label}.",
  "app-settings-not-saved": "Instellingen niet opgeslagen: {reason}",
  // Problems one after another (settings a save or a code prefix refused).
  "app-problems-joined": "{first}; {rest}",

  "app-find-empty": "Typ of scan eerst een code.",
  "app-find-no-inventory": "Geen voorraadlijst gevonden op werkblad \"{sheet}\".",
  "app-find-no-code": "Geen enkele rij heeft de code \"{code}\".",

  "app-live-follow-failed": "het zojuist gecontroleerde werkblad kon niet worden gevolgd. {reason}",

  "app-row-reason": "{address}: {reason}",
  "app-ribbon-serialize-failed": "Uitsplitsen per stuk is niet voltooid",
  "app-ribbon-summary-failed": "Het categorieoverzicht is niet gemaakt",
  "app-ribbon-confirm-title": "Bevestig in het taakvenster",
  "app-ribbon-confirm":
    "Als u de selectie per stuk uitsplitst, worden er {count, plural, one {# rij} other {# rijen}} toegevoegd. Bekijk het voorbeeld en bevestig daarna.",
  "app-ribbon-nothing-title": "Niets om uit te splitsen",
  "app-ribbon-nothing": "Geen enkele geselecteerde rij kan per stuk worden uitgesplitst. Selecteer rijen met een aantal groter dan 1.",
  "app-ribbon-serialized": "Per stuk uitgesplitst",
  "app-ribbon-serialized-refused": "Per stuk uitgesplitst, met geweigerde rijen",
  "app-ribbon-summary-ready": "Categorieoverzicht is klaar",
  "app-ribbon-summary-written": "Geschreven naar werkblad {sheet}.",

  "app-serialize-intro":
    "Selecteer rijen op het voorraadwerkblad (dit moet het actieve werkblad zijn). Elke rij met een aantal groter dan 1 wordt één rij per stuk: de codes blijven behouden en opbrengsten en uitgaven worden tot op de cent verdeeld.",
  "app-serialize-preview-title": "Voorbeeld van het uitsplitsen voorbereiden",
  "app-serialize-apply-title": "Selectie per stuk uitsplitsen",
  "app-aggregate-intro":
    "Selecteer rijen op het voorraadwerkblad (dit moet het actieve werkblad zijn). Rijen die in alle kolommen overeenkomen behalve aantal, codes en bedragen, worden samengevoegd tot één rij: aantallen en bedragen worden opgeteld en codes samengevoegd.",
  "app-aggregate-preview-title": "Voorbeeld van het samenvoegen voorbereiden",
  "app-aggregate-apply-title": "Selectie samenvoegen",
};
