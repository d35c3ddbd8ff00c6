/**
 * Text for a CSV that no spreadsheet runs (docs/design.md §20). A spreadsheet that opens a CSV
 * treats a field starting with `=`, `+`, `-` or `@` as a formula, and a leading tab or carriage
 * return can hide such a start; OWASP's CSV-injection guidance is to write a single quote in front
 * of such text, so it shows as text. Only text is ever prefixed: a number is written as a number
 * (`-5` stays -5), so the caller decides by the cell's type, never by how its text looks.
 */

/** The first characters that make a spreadsheet read a CSV field as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Whether a text field would be read as a formula (or starts with a character that can hide one).
 *
 * @example startsLikeFormula("=HYPERLINK(\"http://x\")") // true
 * @example startsLikeFormula("POLE-01") // false
 */
export function startsLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/**
 * The text as a CSV should hold it: prefixed with `'` when it starts like a formula, else as is.
 *
 * @example formulaSafe("@SUM(A1:A9)") // "'@SUM(A1:A9)"
 * @example formulaSafe("Ski poles") // "Ski poles"
 */
export function formulaSafe(text: string): string {
  return startsLikeFormula(text) ? `'${text}` : text;
}
