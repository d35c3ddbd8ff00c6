/** What the workbook actions report when they finish or refuse (fixes, codes, serialize, aggregate, summary), English. */
export const ACTIONS = {
  "action-no-inventory":
    "No inventory found on \"{sheet}\": no header row names both a quantity and a stock-codes column.",

  // Fixes and generated codes.
  "action-nothing-to-fix": "Nothing to fix: {what} is no longer there. Check again.",
  "action-could-not-fix": "Could not fix {what}.",
  "action-fixed":
    "Fixed {issues, plural, one {# issue} other {# issues}} ({cells, plural, one {# cell} other {# cells}} changed){left, plural, =0 {} one {; # row left as they were} other {; # rows left as they were}}.",
  "action-prefix-invalid": "The prefix \"{prefix}\" cannot be used: {problems}.",
  "action-no-rows-without-codes": "No row without codes: nothing to generate.",
  "action-generated": "Generated {count, plural, one {# code} other {# codes}} (from {first}).",
  "action-undo-label-fix": "the fix",
  "action-undo-label-generate-codes": "generating codes",

  // Serialize.
  "action-select-rows-to-serialize": "Select the rows to serialize (rows with a quantity above 1).",
  "action-none-serializable": "None of the selected rows can be serialized.",
  "action-serialized":
    "Serialized {rows, plural, one {# row} other {# rows}} into {units, plural, one {# row} other {# rows}} ({added, plural, one {# new row} other {# new rows}}){refused, plural, =0 {} one {; # row refused} other {; # rows refused}}{skipped, plural, =0 {} other {{refused, plural, =0 {; } other {, }}{skipped, plural, one {# row} other {# rows}} already serialized}}.",

  // Aggregate.
  "action-cannot-merge": "The selected rows cannot be merged.",
  "action-select-rows-to-merge": "Select two or more rows that agree on every column but quantity, codes and amounts.",
  "action-merged":
    "Merged {rows, plural, one {# row} other {# rows}} into {into, plural, one {# row} other {# rows}}{refused, plural, =0 {} one {; # row not merged} other {; # rows not merged}}.",

  // Summary.
  "action-summary-written":
    "{replaced, select, yes {Updated} other {Created}} \"{sheet}\": {categories, plural, one {# category} other {# categories}}, {counted, plural, one {# row} other {# rows}} counted, {excluded, plural, one {# row} other {# rows}} excluded.",
  "action-clear-filter":
    "A filter on \"{sheet}\" hides rows, and Excel cannot insert or delete rows under a filter without moving hidden ones: clear the filter first (Data, Clear), then try again.",
  // Replacing a report deletes and renames sheets: Excel clears its undo list for that.
  "action-summary-replaced-no-undo": "Excel cannot undo replacing a report (Ctrl+Z included); run the summary again to refresh it.",
  // results in the pane's language
  "action-formulas-as-values": "{count, plural, one {# formula became a value.} other {# formulas became values.}}",
} as const;
