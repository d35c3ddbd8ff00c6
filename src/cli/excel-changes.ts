/**
 * Where Excel's reading of a CSV changes what the file says (docs/design.md §8): `099205`
 * becomes 99205, a 19-digit ID loses its last digits, `1E5` becomes 100000, `3-4` becomes a
 * date. `check` reports what Excel would show, and names these columns; every other command
 * works on the file's text in these cells, and writes it as text, so no output loses it.
 */
import { columnLetters, DEFAULT_LOCALE, numberSymbols, type CellValue, type Grid, type TableInfo } from "../core";
import { localNumberText, parseExcelNumber } from "./excel-text-value";

/** How Excel's reading changed a cell. */
export type ChangeKind = "leading-zeros" | "long-number" | "exponent" | "plus-sign" | "date";

/** One cell whose value after Excel's reading no longer says what its text said. */
export interface ExcelChange {
  /** 0-based grid row and column. */
  row: number;
  column: number;
  /** The field as the file holds it. */
  text: string;
  kind: ChangeKind;
}

/** A decimal without leading zeros, sign `+` or exponent. */
const PLAIN = /^-?(?:[1-9]\d*|0)(?:\.\d+)?$/;
/** A date without a year (`3-4`, `4/5`) or without a day (`4/2024`, `3-40`): Excel invents the rest. */
const PARTIAL_DATE = /^\d{1,2}[-/]\d{1,4}(?:\s|$)/;

/**
 * How Excel's reading of `text` as `value` changes it, or null when the value says what the
 * text says. Unchanged: text Excel keeps as text, booleans, plain numbers (`12`, `-3.50`),
 * numbers whose look Excel keeps as the cell's format (`$5`, `1,234`, `12%`, `(42)`, `1 1/2`),
 * full dates (`2024-01-01`, `8/24/22`) and times. Changed: leading zeros (`099205`), digits past
 * the 15th significant one (they become 0), E notation (`1E5`, `3.01043E+13`), a leading `+`,
 * and dates missing their year or day (`3-4`).
 *
 * In another locale the text is first spelled as en-US writes it (`0012,5` in fi-FI is `0012.5`),
 * so the same rules apply to the locale's separators.
 *
 * @example excelChangeOf("099205", 99205) // "leading-zeros"
 */
export function excelChangeOf(text: string, value: CellValue, locale: string = DEFAULT_LOCALE): ChangeKind | null {
  if (typeof value !== "number") return null;
  const t = locale === DEFAULT_LOCALE ? text.trim() : localNumberText(text.trim(), numberSymbols(locale));
  if (t === null) return null;
  // Most number cells are plain (`12`, `-3.50`): settle them without parsing again.
  if (PLAIN.test(t) && t.length - (t[0] === "-" ? 1 : 0) - (t.includes(".") ? 1 : 0) <= 15) return null;
  // What Excel reads as a number but not by parseExcelNumber is a date or a time.
  if (parseExcelNumber(t) === null) return PARTIAL_DATE.test(t) ? "date" : null;
  if (/[eE]/.test(t)) return "exponent";
  const mantissa = (/\d[\d,]*(?:\.\d*)?|\.\d+/.exec(t)?.[0] ?? "").replace(/,/g, "");
  if (/^0\d/.test(mantissa)) return "leading-zeros";
  if (/[1-9]/.test(mantissa.replace(/\D/g, "").replace(/^0+/, "").slice(15))) return "long-number";
  if (t.includes("+")) return "plus-sign";
  return null;
}

/** Roles whose cells the engine needs as numbers: Excel's number is what `007` or `+5` means there. */
const NUMBER_ROLES = ["quantity", "income", "expense"] as const;

/**
 * The changes that matter once the table is known: in the quantity, income and expense cells
 * below the header a count of `007` is 7 and an amount of `+5` is 5, so only a date reading
 * (`3-4`) is a change there; everywhere else every change counts.
 */
export function changesForTable(changes: readonly ExcelChange[], table: TableInfo | null): ExcelChange[] {
  if (!table) return [...changes];
  const numeric = new Set<number>();
  for (const role of NUMBER_ROLES) {
    const column = table.columns[role];
    if (column !== undefined) numeric.add(column);
  }
  return changes.filter((c) => c.kind === "date" || c.row <= table.headerRow || !numeric.has(c.column));
}

/**
 * The grid with the file's text in every changed cell: what the commands other than `check`
 * work on and what a written workbook holds. The same array when nothing changed; otherwise
 * only the rows holding a change are copied.
 */
export function keepSourceText(grid: CellValue[][], changes: readonly ExcelChange[]): CellValue[][] {
  if (changes.length === 0) return grid;
  const kept = [...grid];
  for (const { row, column, text } of changes) {
    if (kept[row] === grid[row]) kept[row] = [...grid[row]];
    kept[row][column] = text;
  }
  return kept;
}

/** One column's changes, as check reports them (in --json too). */
export interface ColumnChanges {
  /** The sheet's column letter. */
  column: string;
  /** The column's header, when the table's header row has one. */
  header: string | null;
  /** How many cells Excel changes. */
  cells: number;
  kinds: ChangeKind[];
  /** The first changed cell: its address, the file's text, and the value Excel makes of it. */
  first: { address: string; text: string; value: CellValue };
}

/** The changes per column, left to right, each with its count and first cell. */
export function changesByColumn(
  changes: readonly ExcelChange[],
  grid: Grid,
  table: TableInfo | null,
  origin: { row: number; column: number },
): ColumnChanges[] {
  const byColumn = new Map<number, ColumnChanges>();
  for (const change of changes) {
    let entry = byColumn.get(change.column);
    if (!entry) {
      const letters = columnLetters(origin.column - 1 + change.column);
      const header = table?.headers?.[change.column];
      entry = {
        column: letters,
        header: header === undefined || header === "" ? null : header,
        cells: 0,
        kinds: [],
        first: { address: `${letters}${origin.row + change.row}`, text: change.text, value: grid[change.row][change.column] },
      };
      byColumn.set(change.column, entry);
    }
    entry.cells++;
    if (!entry.kinds.includes(change.kind)) entry.kinds.push(change.kind);
  }
  return [...byColumn.entries()].sort((a, b) => a[0] - b[0]).map(([, entry]) => entry);
}
