import type { Translation } from "../translation";

/** German words for en/app.ts. */
export const APP: Translation = {
  "app-busy": "Eine andere Aktion läuft noch; versuchen Sie es erneut, wenn sie beendet ist.",
  "app-pane-busy": "Eine andere Aktion läuft noch. Warten Sie, bis sie beendet ist, oder brechen Sie sie ab.",
  "app-cancelled": "Abgebrochen.",
  "app-error-generic":
    "Ein Fehler ist aufgetreten, und die Aktion wurde nicht abgeschlossen. Versuchen Sie es erneut; wenn das Problem weiterhin auftritt, laden Sie das Add-In neu.",
  "app-pane-error": "Im Aufgabenbereich ist ein Fehler aufgetreten.",
  "app-try-again": "{reason} Versuchen Sie es erneut.",

  "app-sheet-deleted": "Das Arbeitsblatt mit der Bestandsliste ist nicht mehr in der Arbeitsmappe vorhanden (es wurde gelöscht).",
  "app-sheet-gone":
    "Das als Bestandsliste gewählte Arbeitsblatt „{sheet}“ ist nicht mehr in der Arbeitsmappe vorhanden; der Aufgabenbereich verwendet daher wieder das aktive Arbeitsblatt.",
  "app-selection-elsewhere":
    "Die Auswahl befindet sich auf einem anderen Arbeitsblatt. Wechseln Sie zu „{sheet}“, dem im Aufgabenbereich gewählten Arbeitsblatt der Bestandsliste, markieren Sie dort die Zeilen, und versuchen Sie es erneut.",
  "app-protected": "Das Arbeitsblatt „{sheet}“ ist geschützt. Heben Sie den Blattschutz auf (Überprüfen › Blattschutz aufheben), und versuchen Sie es erneut.",
  "app-not-a-cell": "„{address}“ ist kein Zellbezug.",

  // Filled into action-nothing-to-fix and action-could-not-fix as `what`.
  "app-fix-one": "das Problem in {address}",
  "app-fix-rule": "„{rule}“",

  "app-nothing-to-undo": "Es gibt nichts rückgängig zu machen.",
  "app-undid": "Rückgängig gemacht: {label}.",
  "app-settings-not-saved": "Einstellungen nicht gespeichert: {reason}",
  // Problems one after another (settings a save or a code prefix refused).
  "app-problems-joined": "{first}; {rest}",

  "app-find-empty": "Geben Sie zuerst einen Code ein, oder scannen Sie ihn.",
  "app-find-no-inventory": "Keine Bestandsliste auf „{sheet}“ gefunden.",
  "app-find-no-code": "Keine Zeile hat den Code „{code}“.",

  "app-live-follow-failed": "das gerade geprüfte Arbeitsblatt konnte nicht weiter verfolgt werden. {reason}",

  "app-row-reason": "{address}: {reason}",
  "app-ribbon-serialize-failed": "Aufteilen nicht abgeschlossen",
  "app-ribbon-summary-failed": "Kategorieübersicht wurde nicht erstellt",
  "app-ribbon-confirm-title": "Bitte im Aufgabenbereich bestätigen",
  "app-ribbon-confirm":
    "Das Aufteilen der Auswahl würde {count, plural, one {# Zeile} other {# Zeilen}} hinzufügen. Prüfen Sie die Vorschau, und bestätigen Sie dann.",
  "app-ribbon-nothing-title": "Nichts aufzuteilen",
  "app-ribbon-nothing": "Keine markierte Zeile kann aufgeteilt werden. Markieren Sie Zeilen mit einer Menge größer als 1.",
  "app-ribbon-serialized": "Aufgeteilt",
  "app-ribbon-serialized-refused": "Aufgeteilt, einige Zeilen abgelehnt",
  "app-ribbon-summary-ready": "Kategorieübersicht erstellt",
  "app-ribbon-summary-written": "In das Arbeitsblatt {sheet} geschrieben.",

  // The Serialize and Aggregate panels: what they do, and their progress titles.
  "app-serialize-intro":
    "Markieren Sie Zeilen auf dem Arbeitsblatt der Bestandsliste (es muss das aktive Arbeitsblatt sein). Jede Zeile mit einer Menge größer als 1 wird zu einer Zeile pro Stück; die Codes bleiben erhalten, Einnahmen und Ausgaben werden centgenau verteilt.",
  "app-serialize-preview-title": "Vorschau für das Aufteilen wird vorbereitet",
  "app-serialize-apply-title": "Auswahl wird aufgeteilt",
  "app-aggregate-intro":
    "Markieren Sie Zeilen auf dem Arbeitsblatt der Bestandsliste (es muss das aktive Arbeitsblatt sein). Zeilen, die in jeder Spalte außer Menge, Codes und Beträgen übereinstimmen, werden zu einer Zeile zusammengeführt: Mengen und Beträge werden summiert, Codes verbunden.",
  "app-aggregate-preview-title": "Vorschau für das Zusammenführen wird vorbereitet",
  "app-aggregate-apply-title": "Auswahl wird zusammengeführt",
};
