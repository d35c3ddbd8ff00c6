/** What the Excel adapter says: Office error codes in plain words, failed steps, refusals before a write. */
export const EXCEL = {
  // Office error codes in plain words (src/excel/errors.ts); the code follows in brackets.
  "excel-error-with-code": "{words} ({code})",
  "excel-error-unexpected": "An unexpected error occurred.",
  "excel-code-unknown": "Excel reported an error.",
  "excel-code-cell-edit-mode": "Excel is busy editing a cell. Press Enter or Esc to leave the cell, then try again.",
  "excel-code-access-denied": "Excel refused the change: the sheet or workbook is protected or read-only.",
  "excel-code-request-too-large": "The change is too large for Excel to take in one go.",
  "excel-code-response-too-large": "The data is too large for Excel to send in one go.",
  "excel-code-general": "Excel reported an internal error.",
  "excel-code-item-not-found": "A sheet, table or cell the add-in needed is no longer there (it was renamed or deleted).",
  "excel-code-item-exists": "A sheet or table with that name already exists.",
  "excel-code-invalid-argument": "Excel did not accept a value the add-in sent.",
  "excel-code-invalid-operation": "Excel does not allow this operation here.",
  "excel-code-insert-delete-conflict":
    "Rows cannot be inserted or deleted here: it would split a table, merged cells or an array formula.",
  "excel-code-merged-cells": "Merged cells are in the way.",
  "excel-code-filtered-range": "A filter is active on the range: clear the filter and try again.",
  "excel-code-pivot-table": "A PivotTable is in the way.",
  "excel-code-off-sheet": "Rows cannot be inserted: data at the bottom of the sheet would be pushed off it.",
  "excel-code-invalid-selection":
    "A chart, shape or picture is selected, not cells. Select the rows in the sheet, then try again.",
  "excel-code-range-too-large": "The range is larger than Excel allows.",
  "excel-code-unsupported": "This version of Excel does not support the operation.",
  "excel-code-undo-not-supported": "Excel could not group the change into one undo step.",
  "excel-code-conflict": "Someone else changed the workbook at the same time.",
  "excel-code-request-aborted": "The request to Excel was interrupted.",
  "excel-code-activity-limit": "Excel is busy with too many requests. Wait a moment and try again.",
  "excel-code-unauthenticated": "Excel could not verify your sign-in.",

  // A failed write: "Writing the cells failed: <the code in plain words>", then the common "nothing changed" words.
  "excel-step-failed": "{step} failed: {reason}",
  "excel-not-restored": "Some changes could not be undone automatically: check the sheet.",

  // Steps, as they appear in "<step> failed" (capitalised: the step begins the sentence).
  "excel-step-reading-sheet": "Reading the sheet",
  "excel-step-reading-rows": "Reading the rows",
  "excel-step-reading-codes": "Reading the codes",
  "excel-step-reading-settings": "Reading the settings",
  "excel-step-saving-settings": "Saving the settings",
  "excel-step-listing-sheets": "Listing the sheets",
  "excel-step-checking-cells": "Checking the cells",
  "excel-step-writing-cells": "Writing the cells",
  "excel-step-restoring-cells": "Restoring the cells",
  "excel-step-checking-rows": "Checking the rows",
  "excel-step-serializing": "Inserting and writing the rows",
  "excel-step-removing-added-rows": "Removing the added rows",
  "excel-step-merging": "Merging the rows",
  "excel-step-putting-rows-back": "Putting the rows back",
  "excel-step-checking-before-undo": "Checking the sheet before undo",
  "excel-step-finding-summary": "Looking for the summary sheet",
  "excel-step-building-summary": "Building the summary",
  "excel-step-finishing-summary": "Finishing the summary",
  "excel-step-writing-summary": "Writing the summary",
  "excel-step-removing-summary": "Removing the summary sheet",

  // Refusals before anything is written, and the pane's Undo.
  "excel-changed-meanwhile": "The sheet \"{sheet}\" changed while the add-in was working: run it again.",
  "excel-undo-sheet-gone": "Cannot undo: the sheet \"{sheet}\" is gone.",
  "excel-undo-sheet-changed":
    "Cannot undo {action}: the sheet \"{sheet}\" was changed since. Use Excel's Undo (Ctrl+Z) instead.",
  "excel-undo-label-serialize": "serialize",
  "excel-undo-label-aggregate": "aggregate",
  "excel-undo-label-summary": "the summary",

  // The summary sheet.
  "excel-summary-names-taken":
    "Every name from \"{first}\" to \"{last}\" is taken by sheets of yours; rename one or choose another summary sheet name in the settings.",
  "excel-summary-temporary-name": "Inventory summary new {number}",
  "excel-summary-chart-title": "Income and expense by category",

  // Reading.
  "excel-progress-reading-rows": "Reading rows",
  "excel-settings-unreadable": "The saved settings were unreadable; the defaults are used.",
  "excel-setting-invalid": "The saved setting \"{key}\" is not valid ({problems}); the default is used.",
  "excel-settings-defaults-invalid": "The default settings are invalid: {problems}",

  // Around the table (issue 23): neighbours keep their rows, a change typed mid-write.
  "excel-neighbour-table-split":
    "Cannot {action}: whole rows would go in or out through the middle of the table {tables}, beside the inventory. Move that table away from the inventory's rows first.",
  "excel-neighbour-cells":
    "Cannot aggregate: the rows it would delete hold {count, plural, one {a value} other {# values}} beside the inventory ({cells}). Move or clear {count, plural, one {it} other {them}} first.",
  "excel-neighbour-more": "{cells} and {count, number} more",
  "excel-changed-mid-write": "Stopped: {cell} was changed while {action} was writing.",
} as const;
