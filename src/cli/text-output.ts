/**
 * The building blocks of every text file the command line writes (docs/design.md §20): fields
 * of a delimited line, numbers as Excel in a locale reads them, and files written in pieces so a
 * full sheet never becomes one string.
 */
import { open } from "node:fs/promises";
import { DEFAULT_LOCALE, isEmpty, numberSymbols, type CellValue } from "../core";
import { formulaSafe } from "./formula-safe";

/**
 * A number as Excel in `locale` reads it back from a CSV: JavaScript's shortest exact spelling
 * (no grouping), with the locale's decimal separator.
 *
 * @example numberText(1234.5, "de-DE") // "1234,5"
 */
export function numberText(value: number, locale: string = DEFAULT_LOCALE): string {
  const { decimal } = numberSymbols(locale);
  const text = String(value);
  return decimal === "." ? text : text.replace(".", decimal);
}

/** A cell as a CSV field's text: numbers as numberText, booleans as TRUE/FALSE, text formula-safe. */
export function fieldText(value: CellValue, locale: string = DEFAULT_LOCALE): string {
  if (isEmpty(value)) return "";
  if (typeof value === "number") return numberText(value, locale);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return formulaSafe(String(value));
}

/** One line of delimited text: a field holding the delimiter, a quote or a line break is quoted (`"` doubled). */
export function delimitedLine(fields: readonly string[], delimiter: string): string {
  return fields.map((field) => (needsQuotes(field, delimiter) ? `"${field.replace(/"/g, '""')}"` : field)).join(delimiter);
}

function needsQuotes(field: string, delimiter: string): boolean {
  return field.includes(delimiter) || field.includes('"') || field.includes("\n") || field.includes("\r");
}

/** How many characters are gathered before they are written. */
const CHUNK = 1 << 20;

/** Writes `prefix`, the pieces, then `suffix` to `file`, a chunk at a time. */
export async function writePieces(file: string, pieces: Iterable<string>, prefix = "", suffix = ""): Promise<void> {
  const handle = await open(file, "w");
  try {
    let pending = prefix;
    for (const piece of pieces) {
      pending += piece;
      if (pending.length >= CHUNK) {
        await handle.write(pending);
        pending = "";
      }
    }
    await handle.write(pending + suffix);
  } finally {
    await handle.close();
  }
}

/**
 * Writes delimited lines as Excel opens them without asking: UTF-8 with a byte-order mark (else
 * Excel reads the file as its ANSI code page and `€` or `ä` break) and CRLF after each line.
 */
export function writeDelimited(file: string, lines: Iterable<readonly string[]>, delimiter: string): Promise<void> {
  return writePieces(file, mapIterable(lines, (fields) => `${delimitedLine(fields, delimiter)}\r\n`), "\uFEFF");
}

/** Writes a JSON array, one entry per line. */
export function writeJsonArray(file: string, entries: Iterable<unknown>): Promise<void> {
  let first = true;
  const lines = mapIterable(entries, (entry) => {
    const line = `${first ? "" : ",\n"}  ${JSON.stringify(entry)}`;
    first = false;
    return line;
  });
  return writePieces(file, lines, "[\n", "\n]\n");
}

function* mapIterable<T, U>(items: Iterable<T>, map: (item: T) => U): Iterable<U> {
  for (const item of items) yield map(item);
}
