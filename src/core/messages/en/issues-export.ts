/** Export issues (issue 18): the Issues sheet's name, headings and results. */
export const ISSUES_EXPORT = {
  // The Issues sheet.
  "issues-export-sheet-name": "Issues",
  "issues-export-sheet-temporary": "Issues new {number}",
  "issues-export-heading-cell": "Cell",
  "issues-export-heading-severity": "Severity",
  "issues-export-heading-rule": "Rule",
  "issues-export-heading-message": "Message",
  "issues-export-heading-value": "Current value",
  // A rule as the pane names it, its id kept for searching and for the settings' list of muted rules.
  "issues-export-rule": "{title} ({rule})",
  "issues-export-severity-error": "Error",
  "issues-export-severity-warning": "Warning",
  "issues-export-none": "No issues on {sheet}.",
  "issues-export-progress": "Listing issues",
  // What the action says.
  "issues-export-done": "{count, plural, one {# issue} other {# issues}} on {source} listed on {sheet}.",
  "issues-export-done-none": "No issues on {source}; {sheet} says so.",
  "issues-export-links": "Click an address in the Cell column to go to the cell.",
  "issues-export-no-links":
    "This version of Excel cannot link cells (ExcelApi 1.7), so the Cell column holds plain addresses.",
  "issues-export-names-taken":
    "The issues list was not written: every name from {first} to {last} is a sheet of yours. Rename one of them.",
  // Excel steps, named in "<step> failed".
  "excel-step-issues-finding": "Finding the issues sheet",
  "excel-step-issues-writing": "Writing the issues sheet",
} as const;
