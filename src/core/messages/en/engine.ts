/**
 * The engine's words (docs/design.md §2), English: issue messages, fix buttons, rule
 * headings, settings problems and the words the engine puts into cells.
 *
 * Issue values: `cell` is the address the user sees (`C14`); `value` is the cell as shown
 * (quoted text, a number as Excel's General format shows it); `code` a code as shown;
 * row numbers are given as Excel labels them (`"14"`); `role` is a column role id
 * (`quantity`, `codes`, `category`, `name`, `income`, `expense`, `status`, `available`, `purchase`).
 */

/** A column role in words, from the value `{role}`. */
const ROLE = "{role, select, quantity {quantity} codes {stock-codes} category {category} name {name} income {income} status {status} available {available} purchase {purchase-value} other {expense}}";

/** A header language in words, from a catalogue code such as `{language}`. */
const language = (arg: string) =>
  `{${arg}, select, en {English} fi {Finnish} sv {Swedish} nb {Norwegian} da {Danish} de {German} nl {Dutch} fr {French} ` +
  `es {Spanish} it {Italian} pt {Portuguese} pl {Polish} other {{${arg}}}}`;

/** One header with two readings in two languages. */
const READINGS = `{cell}: "{header}" reads as the ${ROLE} column in ${language("language")} and as the ` +
  `${ROLE.replace("{role,", "{otherRole,")} column in ${language("otherLanguage")}`;

const ISSUES = {
  "issue-no-header":
    "{cell}: no header row found in the first {window, plural, one {row} other {# rows}}: " +
    "{quantityMapping, select, unmatched {the column mapping names \"{quantityHeader}\" for quantity, but no header has that text; } other {}}" +
    "{codesMapping, select, unmatched {the column mapping names \"{codesHeader}\" for stock-codes, but no header has that text; } other {}}" +
    "{found, select, " +
    "quantity {row {row} has a quantity column (\"{header}\", {at}) but no stock-codes column; add one or choose it in the column mapping} " +
    "codes {row {row} has a stock-codes column (\"{header}\", {at}) but no quantity column; add one or choose it in the column mapping} " +
    "listed {no row names both a quantity column ({quantityAliases}, …) and a stock-codes column ({codesAliases}, …)} " +
    "other {no row names both a quantity column (Quantity, Qty, Count, …) and a stock-codes column (Stock codes, Serial, Asset tag, …)}}",
  // remedy `languages` / `locale`: one header reads as `role` in `language` and as `otherRole` in `otherLanguage`.
  "issue-duplicate-header-required":
    `{remedy, select, languages {${READINGS}; choose its role in the column mapping} ` +
    `other {{cell}: "{header}" ({cell}) and "{firstHeader}" ({first}) both look like the ${ROLE} column; ` +
    "{remedy, select, rename {rename one of the two headers} other {choose one in the column mapping}}}}",
  "issue-duplicate-header-optional":
    `{remedy, select, languages {${READINGS}; it is not used (choose its role in the column mapping)} ` +
    `locale {${READINGS}; it is read as ${ROLE}, the {locale} reading (choose another in the column mapping)} ` +
    `other {{cell}: "{header}" ({cell}) and "{firstHeader}" ({first}) both look like the ${ROLE} column; ` +
    "{first} is used ({remedy, select, rename {rename a header to use the other} other {choose another in the column mapping}})}}",

  "issue-quantity-missing": "{cell}: quantity is empty",
  // `locale` is `none` for en-US (the words it always had), else the locale text was read in;
  // `read` is the number the text was read as.
  "issue-quantity-not-a-number": "{cell}: quantity {value} is not a number{locale, select, none {} other { in {locale}}}",
  "issue-quantity-as-text": "{cell}: quantity {value} is stored as text{locale, select, none {} other { (read as {read} in {locale})}}",
  "issue-quantity-not-whole": "{cell}: quantity {value} is not a whole number",
  "issue-quantity-below-one": "{cell}: quantity {value} is below 1",

  "issue-codes-missing": "{cell}: no stock code",
  "issue-codes-missing-in": "{cell}: no stock code in {value}",
  "issue-codes-empty-entry": "{cell}: the code list {value} has an empty entry",
  "issue-codes-separator": "{cell}: {value} looks like several codes separated by \"{separator}\" instead of commas",
  "issue-codes-separated-by-breaks": "{cell}: {value} looks like several codes separated by tabs or line breaks instead of commas",
  "issue-codes-invisible": "{cell}: a code in {value} contains invisible or control characters ({character})",
  "issue-codes-space": "{cell}: a code in {value} contains a space: probably two codes",
  "issue-codes-repeated":
    "{cell}: {count, plural, one {code {first} appears} =2 {codes {first} and {second} appear} other {codes {first}, {second} and {third} appear}} " +
    "more than once in this cell",
  "issue-codes-duplicate":
    "{cell}: code {code} is also in {others, plural, one {row {row1}} =2 {rows {row1} and {row2}} =3 {rows {row1}, {row2} and {row3}} " +
    "other {rows {row1}, {row2}, {row3} and {more} more}}",
  "issue-codes-logical": "{cell}: the code is stored as the logical value {value}, not as text",
  "issue-codes-number": "{cell}: code {code} is stored as a number: Excel may have changed it (dropped leading zeros, or read it as a date)",
  "issue-codes-number-rounded":
    "{cell}: code {code} is a number Excel has rounded (shown as {shown}): the real code is lost; re-enter it as text from the source",
  "issue-codes-scientific":
    "{cell}: code {code} is in scientific notation: Excel turned the code into a rounded number and the digits are lost; " +
    "re-enter it as text from the source",
  "issue-codes-too-long": "{cell}: code {code} is {length} characters long, more than {max}",
  "issue-codes-more-than-quantity": "{cell}: {codes} codes for quantity {quantity}",

  "issue-amount-not-a-number": `{cell}: ${ROLE} {value} is not a number{locale, select, none {} other { in {locale}}}`,
  // `whole` and `fraction` are the largest amount's digits before and after the decimal point.
  "issue-amount-too-large":
    `{cell}: ${ROLE} {value} is too large to add up exactly ` +
    "(the largest is {decimals, plural, =0 {{whole, number}} other {{whole, number}.{fraction}}})",
  "issue-amount-as-text": `{cell}: ${ROLE} {value} is stored as text{locale, select, none {} other { (read as {read} in {locale})}}`,
  "issue-amount-negative": `{cell}: ${ROLE} {value} is negative`,
  "issue-amount-precision": `{cell}: ${ROLE} {value} has more than {decimals, plural, one {# decimal} other {# decimals}}`,
  "issue-cell-error": `{cell}: the ${ROLE} cell holds the Excel error {value}`,
  "issue-category-missing": "{cell}: category is empty",
} as const;

/** Buttons of the one-click fixes, one per `FixKind` (`fix-<kind>`). */
const FIXES = {
  "fix-convert-to-number": "Convert to number",
  "fix-generate-codes": "Generate codes",
  "fix-tidy-list": "Tidy the list",
  "fix-split-on-separator": "Split into codes",
  "fix-split-on-spaces": "Split on spaces",
  "fix-remove-invisible": "Remove invisible characters",
  "fix-remove-repeat": "Remove the repeat",
  "fix-store-as-text": "Store as text",
} as const;

/** Headings of issue groups, one per rule id (`rule-title-<rule>`). */
const RULE_TITLES = {
  "rule-title-no-header": "No header row found",
  "rule-title-duplicate-header": "Two columns claim one role",
  "rule-title-quantity-missing": "Quantity missing",
  "rule-title-quantity-not-a-number": "Quantity is not a number",
  "rule-title-quantity-not-whole": "Quantity is not a whole number",
  "rule-title-quantity-below-one": "Quantity below 1",
  "rule-title-quantity-as-text": "Quantity stored as text",
  "rule-title-codes-missing": "Stock codes missing",
  "rule-title-codes-empty-entry": "Empty entry in a code list",
  "rule-title-codes-separator": "Codes not separated by commas",
  "rule-title-codes-space": "Space inside a code",
  "rule-title-codes-invisible": "Invisible characters in a code",
  "rule-title-codes-duplicate-in-row": "Same code twice in one cell",
  "rule-title-codes-duplicate": "Code used in another row",
  "rule-title-codes-number": "Code stored as a number",
  "rule-title-codes-precision-lost": "Code destroyed by Excel's number precision",
  "rule-title-codes-too-long": "Code too long",
  "rule-title-codes-more-than-quantity": "More codes than quantity",
  "rule-title-amount-not-a-number": "Amount not a number, or too large",
  "rule-title-amount-as-text": "Amount stored as text",
  "rule-title-amount-negative": "Negative amount",
  "rule-title-amount-precision": "More decimals than the currency has",
  "rule-title-cell-error": "Excel error value",
  "rule-title-category-missing": "Category missing",
} as const;

/** Problems with stored or typed settings; `where` is the setting's path (`mapping.codes`). */
const SETTINGS = {
  "settings-root": "settings",
  "settings-unknown": "{where}: unknown setting",
  "settings-not-an-object": "{where}: must be an object of named settings",
  "settings-not-whole": "{where}: must be a whole number",
  "settings-wrong-type": "{where}: must be {expected, select, array {a list} string {a string} number {a number} boolean {a boolean} object {an object} other {a {expected}}}",
  "settings-empty": "{where}: must not be empty",
  "settings-too-small": "{where}: must be at least {minimum}",
  "settings-too-big": "{where}: must be at most {maximum}",
  "settings-too-long": "{where}: must be at most {maximum, plural, one {# character} other {# characters}}",
  "settings-too-many": "{where}: must have at most {maximum, plural, one {# entry} other {# entries}}",
  "settings-not-a-cell-address": "{where}: must be a cell address such as A1",
  "settings-not-on-the-sheet": "{where}: must be a cell on the sheet (A1 to {last})",
  "settings-sheet-name-characters": "{where}: cannot contain \\ / ? * [ ] or :",
  "settings-code-prefix-characters": "{where}: cannot contain spaces, commas, semicolons or |",
  "settings-not-a-locale": "{where}: must be a language tag such as en-US or fi-FI",
  "settings-not-a-language": "{where}: must be a header language code such as fi or de",
  "settings-same-column": "{where}: names the same column as {other} (\"{header}\"); a column can have one role",
  // The validator's own words, for a problem the cases above do not name.
  "settings-invalid": "{where}: {problem}",
  "settings-bad": "bad settings: {problems}",
  "settings-must-be-object": "settings must be an object of named settings",
} as const;

/** Words the engine shows for a cell or writes into one. */
const VALUES = {
  "value-empty": "(empty)",
  "value-unsupported": "(an unsupported value)",
  "summary-line-uncategorized": "(uncategorized)",
  "summary-line-total": "Total",
} as const;

/** Notes said once about a whole check (`CheckReport.notes`). */
const NOTES = {
  "outside-inventory-ignored":
    "A value at {address}{more, plural, =0 {} one { and # more cell} other { and # more cells}}, outside the inventory, {more, plural, =0 {was} other {were}} ignored.",
} as const;

export const ENGINE = { ...ISSUES, ...FIXES, ...RULE_TITLES, ...SETTINGS, ...VALUES, ...NOTES } as const;
