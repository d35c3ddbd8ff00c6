import type { Translation } from "../translation";

/** DE words for en/marks.ts. */
export const MARKS: Translation = {
  "excel-step-marks-reading": "Lesen der Markierungen",
  "excel-step-marks-painting": "Markieren der Zellen",
  "excel-step-marks-noting": "Schreiben der Notizen",
  "excel-step-marks-saving": "Speichern der Markierungen",
  "excel-step-marks-clearing": "Entfernen der Markierungen",
  "excel-step-marks-restoring": "Wiederherstellen der Markierungen",
  "marks-done": "Auf dem Arbeitsblatt „{sheet}“ {errors, plural, one {wurde # Zelle mit einem Fehler} other {wurden # Zellen mit Fehlern}} rot und {warnings, plural, one {# Zelle mit einer Warnung} other {# Zellen mit Warnungen}} gelb markiert.",
  "marks-none": "Keine Probleme auf „{sheet}“: Keine Zelle ist markiert.",
  "marks-user-notes-kept": "{count, plural, one {# markierte Zelle hatte bereits eine Notiz: Sie behält ihre eigene.} other {# markierte Zellen hatten bereits eine Notiz: Sie behalten ihre eigenen.}}",
  "marks-no-notes": "Diese Excel-Version kann keine Notizen oder Kommentare hinzufügen, daher wurden die Zellen ohne sie markiert.",
  "marks-needs-api": "Zum Markieren von Zellen ist eine neuere Excel-Version erforderlich (ExcelApi 1.9).",
  "marks-cleared": "Die Markierungen sind entfernt.",
  "marks-nothing-to-clear": "Es gibt keine Markierungen zum Entfernen.",
  "marks-progress": "Notizen werden geschrieben",
  "marks-remark-failed": "Die Markierungen auf dem Arbeitsblatt konnten nicht verschoben werden: {reason} Prüfen Sie das Arbeitsblatt erneut, um es zu markieren.",
  "marks-newer-excel": "Die Markierungen in dieser Arbeitsmappe wurden in einer neueren Excel-Version erstellt, mit Notizen, die diese Version nicht lesen kann. Öffnen Sie die Arbeitsmappe dort, um das Arbeitsblatt zu markieren oder die Markierungen zu löschen.",
  "marks-notes-capped": "{count, plural, one {# markierte Zelle hat keine Notiz: Eine Markierung schreibt höchstens {max, number} Notizen.} other {# markierte Zellen haben keine Notiz: Eine Markierung schreibt höchstens {max, number} Notizen.}}",
};
