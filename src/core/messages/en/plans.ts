/**
 * Why the engine refuses or skips rows in serialize, aggregate, fixes and generated codes, English.
 * `row` is a sheet row number (never grouped: `row 1048577` names a row as Excel's row headers do);
 * counts are grouped (`1,048,576`). Workbook text (headers, codes, cell values) always comes in as a value.
 */
export const PLANS = {
  // Rows a plan cannot use (row-facts.ts)
  "plan-no-table": "no inventory table was found (no header row with quantity and stock codes)",
  "plan-header-row": "this is the header row",
  "plan-above-table": "this row is above the table",
  "plan-blank-row": "the row is blank",
  "plan-outside-table": "the row is not in the table",
  "plan-header-problem": "the table has a header problem: {problem}",
  "plan-row-has-errors": "the row has errors",
  "plan-row-errors":
    "the row has {count, plural, one {an error: {first}} =2 {# errors: {first}; {second}} other {# errors: {first}; {second}; …}}",
  "plan-column-number": "column {column}",
  "plan-column-header": "{header}",

  // Serialize
  "plan-already-serialized": "already serialized (quantity 1)",
  "plan-fix-codes-first": "fix the code list first: {issue}",
  "plan-codes-over-quantity":
    "row {row} has {codes, plural, one {# code} other {# codes}} for quantity {quantity}: serializing would drop codes; fix the quantity or the codes first",
  "plan-codes-too-long":
    "row {row}: codes made from \"{code}{cut, select, yes {…} other {}}\" would be longer than {max, plural, one {# character} other {# characters}}; shorten the first code or add the missing codes",
  "plan-prefix-codes-too-long":
    "row {row}: codes made from the prefix \"{prefix}\" with {digits, plural, one {# digit} other {# digits}} would be longer than {max, plural, one {# character} other {# characters}}; choose a shorter prefix in the settings or enter the codes",
  "plan-split-refused": "row {row}: \"{column}\" is split between the new rows but {problem}",
  "plan-split-not-a-number": "does not hold a number",
  "plan-split-too-large": "{value} is too large to split exactly",
  "plan-past-last-row":
    "serializing needs {newRows, plural, one {# new row} other {# new rows}} and the sheet would end at row {lastRow, number}, past Excel's limit of {limit, number}",

  // Aggregate
  "plan-joined-codes-too-long": "the joined codes would be {length, number} characters, more than the {max, number} an Excel cell holds",
  "plan-sum-refused": "\"{column}\" is added up when rows merge, but {problem}",
  "plan-sum-not-a-number": "{cell} holds {value}, not a number",
  "plan-sum-too-large": "the sum is too large to add up exactly",
  "plan-nothing-to-merge": "a single row has nothing to merge with; choose at least two rows that match",
  "plan-unit-several-codes":
    "{count, plural, one {row {rows} is one unit with more than one code} other {# rows ({rows}) are units with more than one code each}}: a pooled row could not say which codes belong to which unit, so the rows are not merged",
  "plan-row-differs": "row {row} differs from row {other} in {columns}: merging would lose {count, plural, one {it} other {them}}",

  // Fixes and generated codes
  "plan-no-automatic-fix": "{cell}: \"{rule}\" has no automatic fix",
  "plan-cell-not-checked": "{cell} is not in the checked values",
  "plan-cell-changed": "{cell} no longer holds what the check found; check again",
  "plan-grid-row": "row {row}",
  "plan-row-has-codes": "row {row} already has codes",

  // Formulas in the cells a plan changes (formula-cells.ts)
  "plan-formula-cell": "{cell} holds {formula}",
  "plan-formulas-refused":
    "{cells}{more, plural, =0 {} one { and # more formula} other { and # more formulas}}: {action, select, serialize {serializing} other {merging}} would write {count, plural, one {a value over this formula} other {values over these formulas}}; use their values or change the formulas first",
  "plan-formulas-outside":
    "{count, plural, one {A formula elsewhere ({cells}) points} other {# formulas elsewhere ({cells}{more, plural, =0 {} other {, …}}) point}} into these rows: inserting or deleting rows changes what {count, plural, one {it adds} other {they add}} up.",
  "plan-formulas-as-values": "{count, plural, one {# formula became a value} other {# formulas became values}}",
} as const;
