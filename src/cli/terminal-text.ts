/**
 * Workbook text made safe to print on a terminal: control characters (which could move the
 * cursor or recolour the screen) and bidirectional overrides become visible placeholders,
 * line breaks become `⏎`, and very long text is cut with `…`.
 */
export function terminalText(text: string, max = 80): string {
  const safe = text
    .replace(/\r\n|\r|\n/g, "⏎")
    .replace(/\t/g, "→")
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "\uFFFD");
  const chars = [...safe];
  return chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : safe;
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
