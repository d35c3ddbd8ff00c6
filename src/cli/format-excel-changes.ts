/**
 * The check report's account of what Excel's reading of a .csv changes (docs/design.md §8), and
 * how a cell reads on the terminal.
 */
import { DEFAULT_LOCALE, type CellValue, type MessageId } from "../core";
import { frameIn, textInLang } from "./cli-lang";
import type { ChangeKind, ColumnChanges } from "./excel-changes";
import { terminalText } from "./terminal-text";

/** What each kind of change does, in words: its catalogue message. */
const CHANGE_WORDS: Record<ChangeKind, MessageId> = {
  "leading-zeros": "cli-change-leading-zeros",
  "long-number": "cli-change-long-number",
  exponent: "cli-change-exponent",
  "plus-sign": "cli-change-plus-sign",
  date: "cli-change-date",
};

/**
 * One line per column Excel's reading changes, with a count and the first cell: what check sees
 * is Excel's value, what the other commands keep and write is the file's text (docs/design.md §8).
 */
export function excelChangeLines(columns: readonly ColumnChanges[], locale: string = DEFAULT_LOCALE, lang = "en"): string[] {
  if (columns.length === 0) return [];
  const n = new Intl.NumberFormat(locale);
  const count = (amount: number, noun: string) => `${n.format(amount)} ${noun}${amount === 1 ? "" : "s"}`;
  const lines = columns.map((col) => {
    const name = col.header === null ? textInLang(lang, "cli-column", { column: col.column }) : `"${terminalText(col.header, 40)}" (${col.column})`;
    const { address, text, value } = col.first;
    const made = col.kinds[0] === "date" && typeof value === "number" ? dateText(value) : cellText(value, locale);
    const cells = frameIn(lang, "cli-cells-count", { count: col.cells }, count(col.cells, "cell"));
    return `  ${name}: ${cells}, ${col.kinds.map((k) => textInLang(lang, CHANGE_WORDS[k])).join("; ")} (${address}: ${terminalText(text.trim(), 40)} → ${made})`;
  });
  const english =
    `Excel changes values in ${count(columns.length, "column")} when it opens this file; the checks see Excel's values, ` +
    "and what the other commands write (--out) keeps the file's text:";
  return ["", frameIn(lang, "cli-excel-changes", { count: columns.length }, english), ...lines];
}

/** An Excel date serial as `2026-03-04` (1900 date system, after its phantom 29 February). */
function dateText(serial: number): string {
  const days = Math.floor(serial) - (serial < 61 ? 1 : 0);
  return new Date(Date.UTC(1899, 11, 30) + days * 86_400_000).toISOString().slice(0, 10);
}

/** A cell as text; a number outside en-US with the locale's decimal separator, ungrouped as Excel shows General. */
export function cellText(value: CellValue, locale: string = DEFAULT_LOCALE): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number" && locale !== DEFAULT_LOCALE) return new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 20 }).format(value);
  return String(value);
}
