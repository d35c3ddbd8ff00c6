/**
 * A scans file (design.md §26): what a scanner app exports. A `.csv` (or `.tsv`) is a table: the
 * column headed code, barcode or scan (any case, a plural too) is the scans, else the first
 * column, every row. Anything else is one scan per line. Bytes are decoded as Excel decodes a
 * CSV (a byte-order mark, UTF-8, else Windows-1252); CRLF, CR and LF all end a line, and blank
 * lines are not scans. Each scan is kept as written otherwise: the engine trims it.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import Papa from "papaparse";
import { numberSymbols } from "../core";
import { CliError } from "./cli-error";
import { detectDelimiter } from "./csv-delimiter";
import { decodeText } from "./decode-text";

const CODE_HEADERS = new Set(["code", "codes", "barcode", "barcodes", "scan", "scans"]);

/** The scans in `file` (relative to `cwd`), in order. A file that cannot be read is a CliError (exit 2). */
export async function readScans(file: string, cwd: string, locale: string): Promise<string[]> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path.resolve(cwd, file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`--scans ${file}: ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a folder, not a file" : `cannot be read (${code})`}`);
  }
  const text = decodeText(bytes);
  if (text === null) throw new CliError(`--scans ${file}: is not a text file (one code per line, or a .csv with a code column)`);
  return /\.(csv|tsv)$/i.test(file) ? scansOfTable(text, file, locale) : scansOfLines(text);
}

/** One scan per line; blank lines dropped. */
export function scansOfLines(text: string): string[] {
  return text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/).filter((line) => line.trim() !== "");
}

/** The code column of a delimited table (see the module comment); blank fields dropped. */
export function scansOfTable(text: string, file: string, locale: string): string[] {
  let body = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const sep = /^sep=(.)\n/.exec(body);
  if (sep) body = body.slice(sep[0].length);
  const delimiter = sep?.[1] ?? (/\.tsv$/i.test(file) ? "\t" : detectDelimiter(body, numberSymbols(locale)));
  const rows = Papa.parse<string[]>(body, { delimiter, newline: "\n", skipEmptyLines: true }).data;
  const header = rows[0] ?? [];
  const column = header.findIndex((h) => CODE_HEADERS.has(String(h).trim().toLowerCase()));
  const data = column >= 0 ? rows.slice(1) : rows;
  return data.map((row) => String(row[Math.max(column, 0)] ?? "")).filter((scan) => scan.trim() !== "");
}
