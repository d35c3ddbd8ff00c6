import type { Translation } from "../translation";

/** German words for en/excel.ts. */
export const EXCEL: Translation = {
  // Office error codes in plain words (src/excel/errors.ts); the code follows in brackets.
  "excel-error-with-code": "{words} ({code})",
  "excel-error-unexpected": "Ein unerwarteter Fehler ist aufgetreten.",
  "excel-code-unknown": "Excel hat einen Fehler gemeldet.",
  "excel-code-cell-edit-mode":
    "Excel ist mit dem Bearbeiten einer Zelle beschäftigt. Drücken Sie die EINGABETASTE oder ESC, um die Zelle zu verlassen, und versuchen Sie es dann erneut.",
  "excel-code-access-denied": "Excel hat die Änderung abgelehnt: Das Arbeitsblatt oder die Arbeitsmappe ist geschützt oder schreibgeschützt.",
  "excel-code-request-too-large": "Die Änderung ist zu groß, als dass Excel sie in einem Schritt übernehmen könnte.",
  "excel-code-response-too-large": "Die Daten sind zu groß, als dass Excel sie in einem Schritt senden könnte.",
  "excel-code-general": "Excel hat einen internen Fehler gemeldet.",
  "excel-code-item-not-found":
    "Ein Arbeitsblatt, eine Tabelle oder eine Zelle, die das Add-In benötigt, ist nicht mehr vorhanden (umbenannt oder gelöscht).",
  "excel-code-item-exists": "Ein Arbeitsblatt oder eine Tabelle mit diesem Namen ist bereits vorhanden.",
  "excel-code-invalid-argument": "Excel hat einen Wert, den das Add-In gesendet hat, nicht akzeptiert.",
  "excel-code-invalid-operation": "Excel lässt diesen Vorgang hier nicht zu.",
  "excel-code-insert-delete-conflict":
    "Hier können keine Zeilen eingefügt oder gelöscht werden: Dadurch würde eine Tabelle, ein Bereich verbundener Zellen oder eine Matrixformel geteilt.",
  "excel-code-merged-cells": "Verbundene Zellen sind im Weg.",
  "excel-code-filtered-range": "Auf den Bereich ist ein Filter angewendet: Löschen Sie den Filter, und versuchen Sie es erneut.",
  "excel-code-pivot-table": "Eine PivotTable ist im Weg.",
  "excel-code-off-sheet": "Es können keine Zeilen eingefügt werden: Daten am unteren Ende des Arbeitsblatts würden über dessen Ende hinaus verschoben.",
  "excel-code-invalid-selection":
    "Ein Diagramm, eine Form oder ein Bild ist markiert, keine Zellen. Markieren Sie die Zeilen auf dem Arbeitsblatt, und versuchen Sie es dann erneut.",
  "excel-code-range-too-large": "Der Bereich ist größer, als Excel zulässt.",
  "excel-code-unsupported": "Diese Version von Excel unterstützt den Vorgang nicht.",
  "excel-code-undo-not-supported": "Excel konnte die Änderung nicht in einem einzigen Rückgängig-Schritt zusammenfassen.",
  "excel-code-conflict": "Jemand anderes hat die Arbeitsmappe gleichzeitig geändert.",
  "excel-code-request-aborted": "Die Anforderung an Excel wurde unterbrochen.",
  "excel-code-activity-limit": "Excel ist mit zu vielen Anforderungen ausgelastet. Warten Sie einen Moment, und versuchen Sie es erneut.",
  "excel-code-unauthenticated": "Excel konnte Ihre Anmeldung nicht überprüfen.",

  // "Schreiben der Zellen fehlgeschlagen: …" (the step begins the sentence, so it is capitalised).
  "excel-step-failed": "{step} fehlgeschlagen: {reason}",
  "excel-not-restored": "Einige Änderungen konnten nicht automatisch rückgängig gemacht werden: Prüfen Sie das Arbeitsblatt.",

  "excel-step-reading-sheet": "Lesen des Arbeitsblatts",
  "excel-step-reading-rows": "Lesen der Zeilen",
  "excel-step-reading-codes": "Lesen der Codes",
  "excel-step-reading-settings": "Lesen der Einstellungen",
  "excel-step-saving-settings": "Speichern der Einstellungen",
  "excel-step-listing-sheets": "Auflisten der Arbeitsblätter",
  "excel-step-checking-cells": "Prüfen der Zellen",
  "excel-step-writing-cells": "Schreiben der Zellen",
  "excel-step-restoring-cells": "Wiederherstellen der Zellen",
  "excel-step-checking-rows": "Prüfen der Zeilen",
  "excel-step-serializing": "Einfügen und Schreiben der Zeilen",
  "excel-step-removing-added-rows": "Entfernen der hinzugefügten Zeilen",
  "excel-step-merging": "Zusammenführen der Zeilen",
  "excel-step-putting-rows-back": "Zurückschreiben der Zeilen",
  "excel-step-checking-before-undo": "Prüfen des Arbeitsblatts vor dem Rückgängigmachen",
  "excel-step-finding-summary": "Suchen des Übersichtsblatts",
  "excel-step-building-summary": "Erstellen der Übersicht",
  "excel-step-finishing-summary": "Fertigstellen der Übersicht",
  "excel-step-writing-summary": "Schreiben der Übersicht",
  "excel-step-removing-summary": "Entfernen des Übersichtsblatts",

  // Refusals before anything is written, and the pane's Undo. The undo labels stand alone
  // ("Rückgängig gemacht: Aufteilen.") or before "nicht möglich".
  "excel-changed-meanwhile": "Das Arbeitsblatt „{sheet}“ wurde geändert, während das Add-In arbeitete: Führen Sie den Vorgang erneut aus.",
  "excel-undo-sheet-gone": "Rückgängig machen nicht möglich: Das Arbeitsblatt „{sheet}“ ist nicht mehr vorhanden.",
  "excel-undo-sheet-changed":
    "Rückgängig machen nicht möglich ({action}): Das Arbeitsblatt „{sheet}“ wurde seitdem geändert. Verwenden Sie stattdessen „Rückgängig“ in Excel (STRG+Z).",
  "excel-undo-label-serialize": "Aufteilen",
  "excel-undo-label-aggregate": "Zusammenführen",
  "excel-undo-label-summary": "Übersicht",

  // The summary sheet.
  "excel-summary-names-taken":
    "Alle Namen von „{first}“ bis „{last}“ sind bereits von Ihren Arbeitsblättern belegt; benennen Sie eines um, oder wählen Sie in den Einstellungen einen anderen Namen für das Übersichtsblatt.",
  "excel-summary-temporary-name": "Neue Bestandsübersicht {number}",
  "excel-summary-chart-title": "Einnahmen und Ausgaben nach Kategorie",

  // Reading.
  "excel-progress-reading-rows": "Zeilen werden gelesen",
  "excel-settings-unreadable": "Die gespeicherten Einstellungen waren nicht lesbar; die Standardeinstellungen werden verwendet.",
  "excel-setting-invalid": "Die gespeicherte Einstellung „{key}“ ist ungültig ({problems}); der Standardwert wird verwendet.",
  "excel-settings-defaults-invalid": "Die Standardeinstellungen sind ungültig: {problems}",

  // Around the table: neighbours keep their rows, a change typed mid-write.
  "excel-neighbour-table-split":
    "{action} nicht möglich: Ganze Zeilen würden mitten durch die Tabelle {tables} neben der Bestandsliste eingefügt oder entfernt. Verschieben Sie diese Tabelle zuerst von den Zeilen der Bestandsliste weg.",
  "excel-neighbour-cells":
    "Zusammenführen nicht möglich: Die Zeilen, die dabei gelöscht würden, enthalten neben der Bestandsliste {count, plural, one {einen Wert} other {# Werte}} ({cells}). Verschieben oder löschen Sie {count, plural, one {ihn} other {sie}} zuerst.",
  "excel-neighbour-more": "{cells} und {count, number} weitere",
  "excel-changed-mid-write": "Angehalten: {cell} wurde während des Schreibens geändert ({action}).",
};
