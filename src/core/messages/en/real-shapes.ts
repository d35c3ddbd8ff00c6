/**
 * Words for inventories as real exports shape them (issue 13, docs/design.md §17): zero stock,
 * registers without a quantity, per-unit amounts, the duplicate scope and muted rules.
 */
export const REAL_SHAPES = {
  "issue-quantity-zero": "{cell}: quantity 0: no units (sold out or retired?)",
  "rule-title-quantity-zero": "Quantity 0: no units",
  "settings-not-each-row-one-unit": "{where}: must be auto, on or off",
  "settings-not-a-rule":
    "{where}: must be a rule id such as codes-number or codes-space (the ids are listed in the README under Muting rules)",
  "note-each-row-one-unit":
    "{why, select, on {Each row counted as one unit (the setting says this sheet is a register).} other {No quantity column: each row counted as one unit.}}",
  "note-muted-rules":
    "{warnings, plural, =0 {} one {# warning} other {# warnings}}{warnings, plural, =0 {} other {{errors, plural, =0 {} other { and }}}}" +
    "{errors, plural, =0 {} one {# error} other {# errors}} of muted rules not shown: {rules}" +
    "{errors, plural, =0 {} other {; rows with a muted error are still left out of the summary, serialize and aggregate}}.",
  "note-scope-column-missing":
    "Codes should be unique within \"{column}\", but no column has that header: duplicates were looked for over the whole sheet.",
  "summary-stock-value-header": "Stock value ({column})",
  "plan-no-units": "no units (quantity 0): nothing to serialize",
  "plan-no-units-to-merge": "no units (quantity 0): a row without units is not merged into a pool",
  "plan-no-quantity-column": "the sheet has no quantity column (each row is one unit): there is no quantity cell to write",
  "plan-one-code-per-cell": "codes are read one per cell (setting): rows cannot be pooled into one cell of several codes",
} as const;
