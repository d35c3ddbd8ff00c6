import type { Translation } from "../translation";

/** NL words for en/issues-export.ts. */
export const ISSUES_EXPORT: Translation = {
  "issues-export-sheet-name": "Problemen",
  "issues-export-sheet-temporary": "Problemen nieuw {number}",
  "issues-export-heading-cell": "Cel",
  "issues-export-heading-severity": "Ernst",
  "issues-export-heading-rule": "Regel",
  "issues-export-heading-message": "Bericht",
  "issues-export-heading-value": "Huidige waarde",
  "issues-export-rule": "{title} ({rule})",
  "issues-export-severity-error": "Fout",
  "issues-export-severity-warning": "Waarschuwing",
  "issues-export-none": "Geen problemen in {sheet}.",
  "issues-export-progress": "Problemen worden opgesomd",
  "issues-export-done": "{count, plural, one {# probleem} other {# problemen}} in {source} opgesomd in {sheet}.",
  "issues-export-done-none": "Geen problemen in {source}; {sheet} vermeldt dat.",
  "issues-export-links": "Klik op een adres in de kolom Cel om naar de cel te gaan.",
  "issues-export-no-links": "Deze versie van Excel kan niet naar cellen koppelen (ExcelApi 1.7), dus de kolom Cel bevat alleen adressen.",
  "issues-export-names-taken": "De probleemlijst is niet geschreven: alle namen van {first} tot en met {last} zijn werkbladen van u. Wijzig de naam van een ervan.",
  "excel-step-issues-finding": "Het zoeken naar het probleemwerkblad",
  "excel-step-issues-writing": "Het schrijven van het probleemwerkblad",
};
