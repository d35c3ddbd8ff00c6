/**
 * What the app layer says to the pane and the ribbon: action results, busy, cancelled, sheet
 * choice, and the ribbon's notices. Where a message ends saying that nothing changed, the code
 * appends `text("nothing-changed")` (common.ts): that sentence is never written here.
 */
export const APP = {
  "app-busy": "Another action is still running; try again when it finishes.",
  "app-pane-busy": "Another action is still running. Wait for it to finish, or cancel it.",
  "app-cancelled": "Cancelled.",
  "app-error-generic": "Something went wrong and the action did not finish. Try again; if it keeps happening, reload the add-in.",
  "app-pane-error": "Something in the pane went wrong.",
  "app-try-again": "{reason} Try again.",

  "app-sheet-deleted": "The inventory sheet is no longer in the workbook (it was deleted).",
  "app-sheet-gone":
    'The sheet "{sheet}" chosen as the inventory is no longer in the workbook, so the pane uses the active sheet again.',
  "app-selection-elsewhere":
    'The selection is on another sheet. Go to "{sheet}", the inventory sheet chosen in the pane, select the rows there and try again.',
  "app-protected": 'The sheet "{sheet}" is protected. Unprotect it (Review › Unprotect Sheet) and try again.',
  "app-not-a-cell": '"{address}" is not a cell address.',

  "app-fix-one": "the issue at {address}",
  "app-fix-rule": '"{rule}"',

  "app-nothing-to-undo": "There is nothing to undo.",
  "app-undid": "Undid {label}.",
  "app-settings-not-saved": "Settings not saved: {reason}",
  // Problems one after another (settings a save or a code prefix refused).
  "app-problems-joined": "{first}; {rest}",

  "app-find-empty": "Type or scan a code first.",
  "app-find-no-inventory": 'No inventory found on "{sheet}".',
  "app-find-no-code": 'No row has the code "{code}".',

  "app-live-follow-failed": "could not follow the sheet just checked. {reason}",

  "app-row-reason": "{address}: {reason}",
  "app-ribbon-serialize-failed": "Serialize did not finish",
  "app-ribbon-summary-failed": "Category summary was not built",
  "app-ribbon-confirm-title": "Please confirm in the pane",
  "app-ribbon-confirm":
    "Serializing the selection would add {count, plural, one {# row} other {# rows}}. Review the preview, then confirm.",
  "app-ribbon-nothing-title": "Nothing to serialize",
  "app-ribbon-nothing": "No selected row can be serialized. Select rows with a quantity above 1.",
  "app-ribbon-serialized": "Serialized",
  "app-ribbon-serialized-refused": "Serialized, with rows refused",
  "app-ribbon-summary-ready": "Category summary ready",
  "app-ribbon-summary-written": "Written to sheet {sheet}.",

  // The Serialize and Aggregate panels: what they do, and their progress titles.
  "app-serialize-intro":
    "Select rows on the inventory sheet (it must be the active sheet). Each row with a quantity above 1 becomes one row per unit, keeping its codes and splitting income and expense to the cent.",
  "app-serialize-preview-title": "Preparing the serialize preview",
  "app-serialize-apply-title": "Serializing the selection",
  "app-aggregate-intro":
    "Select rows on the inventory sheet (it must be the active sheet). Rows that agree on every column except quantity, codes and amounts merge into one row: quantities and amounts are summed, codes joined.",
  "app-aggregate-preview-title": "Preparing the aggregate preview",
  "app-aggregate-apply-title": "Aggregating the selection",
} as const;
