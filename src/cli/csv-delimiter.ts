/**
 * Which character separates a CSV's fields (docs/design.md §8): the file's own `sep=` line, else
 * `--delimiter`, else the one the first lines agree on, as LibreOffice's import guesses it and as
 * Excel in a locale that writes such files reads them.
 */
import type { NumberSymbols } from "../core";

export type Delimiter = "," | ";" | "\t" | "|";

/** The candidates, in the order a tie between them falls when the locale does not decide it. */
export const DELIMITERS: readonly Delimiter[] = [",", ";", "\t", "|"];

/** How many logical lines (a quoted line break does not end one) the guess looks at. */
const LINES_LOOKED_AT = 10;
/** And at most this many characters of them: a huge first row must not cost a full scan. */
const CHARS_LOOKED_AT = 65_536;

/**
 * The list separator Excel uses in a locale: `;` where the decimal separator is `,` (a comma
 * there is part of a number), otherwise `,`.
 */
export function listSeparator(symbols: NumberSymbols): Delimiter {
  return symbols.decimal === "," ? ";" : ",";
}

/**
 * The delimiter the first lines of `body` agree on. For each candidate, count it outside quotes
 * on each line; the most common non-zero count is the table's width, and the candidate with the
 * most lines of that width wins (a title row above the header counts for nobody). A tie goes to
 * the locale's list separator, then to the order of DELIMITERS; no candidate at all gives the
 * list separator.
 *
 * @example detectDelimiter('Naam;Aantal\n"Ski, rood";2', numberSymbols("nl-NL")) // ";"
 */
export function detectDelimiter(body: string, symbols: NumberSymbols): Delimiter {
  const counts = countPerLine(body);
  const preferred = listSeparator(symbols);
  let best: Delimiter = preferred;
  let bestScore = 0;
  for (const delimiter of [preferred, ...DELIMITERS.filter((d) => d !== preferred)]) {
    const score = linesOfCommonWidth(counts.map((line) => line[delimiter]));
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

type LineCounts = Record<Delimiter, number>;

/** Each non-blank logical line's count of every candidate outside double quotes. */
function countPerLine(body: string): LineCounts[] {
  const lines: LineCounts[] = [];
  const fresh = (): LineCounts => ({ ",": 0, ";": 0, "\t": 0, "|": 0 });
  let line = fresh();
  let blank = true;
  let quoted = false;
  const end = Math.min(body.length, CHARS_LOOKED_AT);
  for (let i = 0; i < end && lines.length < LINES_LOOKED_AT; i++) {
    const ch = body[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) {
      if (!blank) lines.push(line);
      line = fresh();
      blank = true;
      continue;
    } else if (!quoted && (ch === "," || ch === ";" || ch === "\t" || ch === "|")) line[ch]++;
    blank = false;
  }
  if (!blank && lines.length < LINES_LOOKED_AT) lines.push(line);
  return lines;
}

/** How many lines have the most common non-zero count (0 when the candidate never occurs). */
function linesOfCommonWidth(counts: readonly number[]): number {
  const lines = new Map<number, number>();
  for (const count of counts) if (count > 0) lines.set(count, (lines.get(count) ?? 0) + 1);
  return Math.max(0, ...lines.values());
}
