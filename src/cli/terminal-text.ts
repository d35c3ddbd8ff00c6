/** Characters that must not reach a terminal as they are: C0/C1 controls (ESC starts cursor and colour sequences) and bidirectional marks, overrides and isolates. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/**
 * Workbook text made safe to print on a terminal: line breaks become `⏎` and tabs `→`; other
 * control characters and bidirectional overrides are shown as escapes (`\x1b`, `\u202e`), so a
 * reader sees that they are there and the terminal never acts on them. Text longer than `max`
 * characters (an escape counts as one) is cut with `…`.
 *
 * @example terminalText("Stock\u202Exslx") // "Stock\\u202exslx"
 */
export function terminalText(text: string, max = 80): string {
  const shown = [...text.replace(/\r\n|\r|\n/g, "⏎").replace(/\t/g, "→")].map(escapeChar);
  return shown.length > max ? `${shown.slice(0, max - 1).join("")}…` : shown.join("");
}

function escapeChar(char: string): string {
  if (!UNSAFE.test(char)) return char;
  const code = char.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

/** Lays out rows as aligned columns: `right[i]` right-aligns column i (numbers). */
export function alignColumns(rows: readonly (readonly string[])[], right: readonly boolean[]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
  return rows.map((row) =>
    row
      .map((cell, i) => {
        const pad = " ".repeat(widths[i] - [...cell].length);
        return right[i] ? pad + cell : cell + pad;
      })
      .join("  ")
      .trimEnd(),
  );
}
