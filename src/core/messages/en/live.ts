/** The live check's words (issue 19): why a change was checked in full. */
export const LIVE = {
  "live-checked-in-full": "Checked the whole sheet again: {reason}",
  "live-full-no-address": "Excel did not say which cells changed.",
  "live-full-several-areas": "the change covered several separate areas.",
  "live-full-structure": "columns or cells were inserted or deleted.",
  "live-full-outside-columns": "the change reached outside the table's columns.",
  "live-full-header": "the change touched the header row or the rows above it.",
  "live-full-too-many-rows": "too many rows changed to read only those.",
  "live-full-changed-during-read": "rows were inserted or deleted while the sheet was being read.",
  "live-full-shape": "the sheet's used range changed in a way the edit does not explain.",
  "live-full-settings": "the settings or Excel's number format changed.",
  "live-full-index": "the table's header or columns changed.",
} as const;
