import type { Translation } from "../translation";

/** DE words for en/issues-export.ts. */
export const ISSUES_EXPORT: Translation = {
  "issues-export-sheet-name": "Probleme",
  "issues-export-sheet-temporary": "Probleme neu {number}",
  "issues-export-heading-cell": "Zelle",
  "issues-export-heading-severity": "Schweregrad",
  "issues-export-heading-rule": "Regel",
  "issues-export-heading-message": "Meldung",
  "issues-export-heading-value": "Aktueller Wert",
  "issues-export-rule": "{title} ({rule})",
  "issues-export-severity-error": "Fehler",
  "issues-export-severity-warning": "Warnung",
  "issues-export-none": "Keine Probleme in {sheet}.",
  "issues-export-progress": "Probleme werden aufgelistet",
  "issues-export-done": "{count, plural, one {# Problem} other {# Probleme}} in {source} in {sheet} aufgelistet.",
  "issues-export-done-none": "Keine Probleme in {source}; {sheet} hält das fest.",
  "issues-export-links": "Klicken Sie in der Spalte Zelle auf eine Adresse, um zur Zelle zu gelangen.",
  "issues-export-no-links": "Diese Excel-Version kann keine Links auf Zellen setzen (ExcelApi 1.7), daher enthält die Spalte Zelle nur Adressen.",
  "issues-export-names-taken": "Die Problemliste wurde nicht geschrieben: Alle Namen von {first} bis {last} sind eigene Arbeitsblätter. Benennen Sie eines davon um.",
  "excel-step-issues-finding": "Suchen des Problemblatts",
  "excel-step-issues-writing": "Schreiben des Problemblatts",
};
