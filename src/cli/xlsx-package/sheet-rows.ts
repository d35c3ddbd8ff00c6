/**
 * One `<row>` element of a sheet's XML at a time, as the whole-workbook path leaves that row
 * (workbook-rows.ts): renumbered (moveRow keeps every attribute and cell), copied (copyRow: only
 * the grid's columns, the height and nothing else of the row), and with the plan's cells written
 * (writeCell: an empty value clears the cell and keeps its style, text asked as text gets `@`).
 */
import { columnLetters, isEmpty, type CellEdit, type CellValue } from "../../core";
import { xmlText } from "../stream-rows";
import { attrOf, columnOfRef, withoutAttr } from "./xml-text";

/** The styles a written cell takes (styles-text.ts). */
export interface CellStyles {
  /** The style of a cell made in `column` (1-based), which exceljs takes from the column's. */
  ofNewCell(column: number): string | undefined;
  /** A style like `s` (none: the default) with the text format `@`. */
  asText(s: string | undefined): string;
}

/** A cell of a row: its column (1-based) and its XML. */
interface CellXml {
  column: number;
  xml: string;
}

// Attribute values may be quoted either way (`r="3"` or `r='3'`); the closing quote matches the opening one.
const ROW_NUMBER = /^(<row\b[^>]*?\sr\s*=\s*(["']))\d+\2/;
const CELL_ROW = /(<c\b[^>]*?\sr\s*=\s*(["'])[A-Z]+)\d+\2/g;
const CELL = /<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g;

/** The row with its number and its cells' numbers changed to `to`. */
export function renumberRow(row: string, to: number): string {
  const numbered = (_: string, open: string, quote: string): string => `${open}${to}${quote}`;
  return row.replace(ROW_NUMBER, numbered).replace(CELL_ROW, numbered);
}

/** The start tag of a `<row>` element, `>` or `/>` included. */
export function rowStartTag(row: string): string {
  return row.slice(0, row.indexOf(">") + 1);
}

/**
 * A copy of `row` numbered `to`: the cells of columns `first`…`last` (values and styles as they
 * are) and the row's height; not its hidden state, outline level or style.
 */
export function copyOfRow(row: string, to: number, first: number, last: number): string {
  const height = attrOf(rowStartTag(row), "ht");
  const cells = cellsOf(row).filter((c) => c.column >= first && c.column <= last);
  const start = `<row r="${to}"${height === undefined ? "" : ` ht="${height}" customHeight="1"`}`;
  if (cells.length === 0) return `${start}/>`;
  return renumberRow(`${start}>${cells.map((c) => c.xml).join("")}</row>`, to);
}

/** The row (XML, or null for a row the sheet does not hold) numbered `to`, with `writes` (ascending columns) carried out. */
export function writeRow(row: string | null, to: number, writes: readonly CellEdit[], originColumn: number, styles: CellStyles): string {
  const start = row === null ? `<row r="${to}">` : withoutAttr(rowStartTag(row), "spans").replace(/\s*\/>$/, ">");
  const cells = row === null ? [] : cellsOf(row);
  for (const write of writes) {
    const column = write.column + originColumn;
    const at = cells.findIndex((c) => c.column >= column);
    const old = at >= 0 && cells[at].column === column ? cells[at] : undefined;
    const s = old ? attrOf(old.xml.slice(0, old.xml.indexOf(">") + 1), "s") : styles.ofNewCell(column);
    const xml = writtenCell(`${columnLetters(column - 1)}${to}`, s, write, styles);
    if (old) cells[at] = { column, xml };
    else if (at >= 0) cells.splice(at, 0, { column, xml });
    else cells.push({ column, xml });
  }
  return `${start}${cells.map((c) => c.xml).join("")}</row>`;
}

function cellsOf(row: string): CellXml[] {
  return (row.match(CELL) ?? []).map((xml) => ({ column: columnOfRef(attrOf(xml.slice(0, xml.indexOf(">") + 1), "r") ?? ""), xml }));
}

/** The cell as writeCell leaves it: a style kept (made `@` for text), the old value and its type gone. */
function writtenCell(ref: string, s: string | undefined, write: Pick<CellEdit, "value" | "asText">, styles: CellStyles): string {
  if (isEmpty(write.value)) return s === undefined || s === "0" ? "" : `<c r="${ref}" s="${s}"/>`;
  const style = write.asText ? styles.asText(s) : s;
  const start = `<c r="${ref}"${style === undefined || style === "0" ? "" : ` s="${style}"`}`;
  return `${start}${valueXml(write.value)}</c>`;
}

function valueXml(value: CellValue): string {
  if (typeof value === "number") return `><v>${value}</v>`;
  if (typeof value === "boolean") return ` t="b"><v>${value ? 1 : 0}</v>`;
  return ` t="inlineStr"><is><t xml:space="preserve">${xmlText(String(value))}</t></is>`;
}

