/**
 * A .csv, .tsv, .txt or .json input's changed copy as text (docs/design.md §20): the rows
 * changedRows gives (each kept row, its copies, the plan's writes), in the output's format.
 */
import { columnLetters, isEmpty, numberSymbols, type CellEdit, type CellValue } from "../core";
import { listSeparator } from "./csv-delimiter";
import type { JsonShape } from "./read-json";
import { fieldText, writeDelimited, writeJsonArray } from "./text-output";

/** The changed rows: grid row of each output row, and the plan's writes by output row. */
export interface ChangedRows {
  sources: ArrayLike<number>;
  writes: Map<number, CellEdit[]>;
}

/** What the text copy is made from and how it is written. */
export interface GridTextSource {
  /** The kept grid the plan was made on. */
  grid: readonly (readonly CellValue[])[];
  /** The input's fields as its file wrote them (a delimited input): unchanged cells are written as these. */
  texts?: readonly (readonly string[])[];
  /** Locale whose decimal separator new numbers are written with. */
  locale: string;
}

/**
 * Writes the changed grid as delimited text on `delimiter`. A cell the plan did not write keeps
 * the input file's own field exactly (so `099205`, `3-4` and `$5` stay as the file wrote them,
 * whatever Excel's reading made of them); a written cell, and every cell of a .json input, is
 * written by fieldText (formula-safe text, numbers in the locale).
 */
export function writeGridDelimited(file: string, source: GridTextSource, rows: ChangedRows, delimiter: string): Promise<void> {
  return writeDelimited(file, delimitedRows(source, rows), delimiter);
}

function* delimitedRows(source: GridTextSource, rows: ChangedRows): Iterable<string[]> {
  const { grid, texts, locale } = source;
  for (let i = 0; i < rows.sources.length; i++) {
    const r = rows.sources[i];
    const fields = texts ? [...texts[r]] : grid[r].map((value) => fieldText(value, locale));
    for (const write of rows.writes.get(i) ?? []) {
      while (fields.length <= write.column) fields.push("");
      fields[write.column] = fieldText(write.value, locale);
    }
    yield fields;
  }
}

/**
 * Writes the changed grid as JSON in `shape`: rows of cells (as Office.js returns values, an
 * empty cell `""`), or one object per row after the header row, keyed by the header (an empty
 * cell `null`, an unnamed column `Column C`).
 */
export function writeGridJson(file: string, source: GridTextSource, rows: ChangedRows, shape: JsonShape): Promise<void> {
  const cells = cellRows(source.grid, rows);
  if (shape === "rows") return writeJsonArray(file, cells);
  return writeJsonArray(file, asObjects(cells));
}

function* cellRows(grid: readonly (readonly CellValue[])[], rows: ChangedRows): Iterable<CellValue[]> {
  for (let i = 0; i < rows.sources.length; i++) {
    const row = [...grid[rows.sources[i]]];
    for (const write of rows.writes.get(i) ?? []) {
      while (row.length <= write.column) row.push("");
      row[write.column] = isEmpty(write.value) ? "" : write.value;
    }
    yield row;
  }
}

function* asObjects(rows: Iterable<CellValue[]>): Iterable<Record<string, CellValue | null>> {
  let headers: string[] | undefined;
  for (const row of rows) {
    if (!headers) {
      headers = row.map((h, c) => (isEmpty(h) ? `Column ${columnLetters(c)}` : String(h)));
      continue;
    }
    const item: Record<string, CellValue | null> = {};
    headers.forEach((header, c) => (item[header] = isEmpty(row[c]) ? null : row[c]));
    yield item;
  }
}

/**
 * The delimiter of a delimited copy: tab for .tsv and .txt; for .csv the input's own when it was
 * delimited text, else the list separator of the locale (`;` where the decimal is a comma).
 */
export function outputDelimiter(kind: "csv" | "tsv", inputDelimiter: string | undefined, locale: string): string {
  if (kind === "tsv") return "\t";
  return inputDelimiter ?? listSeparator(numberSymbols(locale));
}
