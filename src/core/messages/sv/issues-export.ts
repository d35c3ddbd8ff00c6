import type { Translation } from "../translation";

/** SV words for en/issues-export.ts. */
export const ISSUES_EXPORT: Translation = {
  "issues-export-sheet-name": "Problem",
  "issues-export-sheet-temporary": "Problem ny {number}",
  "issues-export-heading-cell": "Cell",
  "issues-export-heading-severity": "Allvarlighet",
  "issues-export-heading-rule": "Regel",
  "issues-export-heading-message": "Meddelande",
  "issues-export-heading-value": "Aktuellt värde",
  "issues-export-rule": "{title} ({rule})",
  "issues-export-severity-error": "Fel",
  "issues-export-severity-warning": "Varning",
  "issues-export-none": "Inga problem i {sheet}.",
  "issues-export-progress": "Listar problem",
  "issues-export-done": "{count, plural, one {# problem i {source} listat} other {# problem i {source} listade}} i {sheet}.",
  "issues-export-done-none": "Inga problem i {source}; det står i {sheet}.",
  "issues-export-links": "Klicka på en adress i kolumnen Cell för att gå till cellen.",
  "issues-export-no-links": "Den här versionen av Excel kan inte länka till celler (ExcelApi 1.7), så kolumnen Cell innehåller bara adresser.",
  "issues-export-names-taken": "Problemlistan skrevs inte: alla namn från {first} till {last} är dina egna kalkylblad. Byt namn på något av dem.",
  "excel-step-issues-finding": "Sökningen efter problembladet",
  "excel-step-issues-writing": "Skrivningen av problembladet",
};
