/** Protect entry (issue 18): the data validation's input messages and error alerts, and the results. */
export const ENTRY_RULES = {
  // Excel shows these itself: titles at most 32 characters, messages at most 255 (entry-rules.ts cuts longer ones).
  "entry-quantity-prompt-title": "Quantity",
  "entry-quantity-prompt": "Type a whole number, 1 or more: how many units this row stands for.",
  "entry-quantity-error-title": "Not a quantity",
  "entry-quantity-error": "The quantity must be a whole number of 1 or more, such as 1 or 12.",
  "entry-codes-prompt-title": "Stock codes",
  "entry-codes-prompt": "One code, or several separated by commas: A1, A2.",
  "entry-codes-error-title": "Codes not accepted",
  "entry-codes-error": "Separate codes with commas only (not ;) and leave no code empty: A1, A2 rather than A1,,A2 or A1;A2.",
  "entry-code-prompt": "One stock code, as it is written on the item.",
  "entry-code-error": "The stock code cannot be blank.",

  // What the actions say.
  "entry-protected": 'Excel now checks what is typed into {ranges} on "{sheet}".',
  "entry-pasting": "Pasted cells are not checked by Excel: run Check after pasting.",
  "entry-needs-api": "Protect entry needs data validation (ExcelApi 1.8), which this version of Excel does not have.",
  "entry-user-rules": "These cells already have data validation that is not the add-in's, and Protect entry never replaces it: {cells}.",
  "entry-removed": 'Entry protection taken off {ranges} on "{sheet}".',
  "entry-removed-gone": 'The add-in\'s entry rules were no longer on "{sheet}"; nothing else was touched.',
  "entry-none": "There is no entry protection of the add-in in this workbook.",
  "entry-sheet-gone": "The sheet that had entry protection is no longer in the workbook, and its rules went with it.",
  "entry-earlier-protected": 'The add-in\'s earlier entry rules are on "{sheet}", which is protected, and Protect entry would take them off it. Unprotect "{sheet}" (Review › Unprotect Sheet) and try again.',
  "entry-earlier-moved": 'The earlier entry rules were taken off {ranges} on "{sheet}": the add-in protects one sheet at a time.',
} as const;
