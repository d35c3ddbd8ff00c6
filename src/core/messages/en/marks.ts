/** Marks on the sheet (issue 18): the notes written on marked cells, the marking steps and results. */
export const MARKS = {
  "excel-step-marks-reading": "Reading the marks",
  "excel-step-marks-painting": "Marking the cells",
  "excel-step-marks-noting": "Writing the notes",
  "excel-step-marks-saving": "Saving the marks",
  "excel-step-marks-clearing": "Clearing the marks",
  "excel-step-marks-restoring": "Putting the marks back",
  "marks-done": "Marked {errors, plural, one {# cell with an error} other {# cells with errors}} in red and {warnings, plural, one {# cell with a warning} other {# cells with warnings}} in amber on \"{sheet}\".",
  "marks-none": "No problems on \"{sheet}\": no cell is marked.",
  "marks-user-notes-kept": "{count, plural, one {# marked cell already had a note: it keeps its own note.} other {# marked cells already had a note: they keep their own notes.}}",
  "marks-no-notes": "This version of Excel cannot add notes or comments, so the cells are marked without them.",
  "marks-needs-api": "Marking cells needs a newer version of Excel (ExcelApi 1.9).",
  "marks-cleared": "The marks are cleared.",
  "marks-nothing-to-clear": "There are no marks to clear.",
  "marks-progress": "Writing notes",
  "marks-remark-failed": "The marks on the sheet could not be moved: {reason} Check the sheet again to mark it.",
} as const;
