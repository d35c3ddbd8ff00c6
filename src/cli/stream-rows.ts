/**
 * Rows of a streamed sheet written as XML straight into exceljs's WorksheetWriter, the XML its
 * row and cell writers give a row of plain values: a full sheet otherwise makes a Row, a Cell
 * and a cell model per value, and collecting that garbage beside a kept grid of a million rows
 * cost more than writing (issue 23 §6). Strings as `t="str"` (the writer's form without shared
 * strings), with the characters XML cannot hold dropped as exceljs drops them.
 */
import ExcelJS from "exceljs";
import { columnLetters, type CellValue } from "../core";

/** The members of exceljs 4.4's WorksheetWriter and its style registry used here (not in its typings). */
interface SheetWriterInternals {
  startedData: boolean;
  _writeColumns(): void;
  _writeOpenSheetData(): void;
  _write(text: string): void;
  _workbook: { styles: { addStyleModel(style: Partial<ExcelJS.Style>, type: ExcelJS.ValueType): number } };
}

/** Rows collected before they are handed to the sheet's stream. */
const BATCH_ROWS = 512;

export interface RowSink {
  /**
   * Writes sheet row `number` (1-based): `values` sparse by column, each in the style `styleOf`
   * gives it (the same object for the same style and kind of value: its id is looked up once).
   */
  row(number: number, values: readonly CellValue[], styleOf: (column: number, value: CellValue) => Partial<ExcelJS.Style>): void;
  /** Writes what is still collected; call before the sheet is committed. */
  flush(): void;
}

export function rowSink(sheet: ExcelJS.Worksheet): RowSink {
  const internals = sheet as unknown as SheetWriterInternals;
  const styles = internals._workbook.styles;
  const letters: string[] = [];
  let batch: string[] = [];
  const flush = () => {
    if (batch.length === 0) return;
    if (!internals.startedData) {
      internals._writeColumns();
      internals._writeOpenSheetData();
      internals.startedData = true;
    }
    internals._write(batch.join(""));
    batch = [];
  };
  // Style objects are shared (stream-grid.ts): their ids are looked up once here.
  const ids = new Map<object, number>();
  const idOf = (style: Partial<ExcelJS.Style>, type: ExcelJS.ValueType) => {
    let id = ids.get(style);
    if (id === undefined) ids.set(style, (id = styles.addStyleModel(style, type)));
    return id;
  };
  return {
    row(number, values, cellStyles) {
      let cells = "";
      let hasValues = false;
      values.forEach((value, c) => {
        const type = valueType(value);
        const styleId = idOf(cellStyles(c, value), type);
        if (type === ExcelJS.ValueType.Null && !styleId) return;
        hasValues ||= type !== ExcelJS.ValueType.Null;
        const address = `${(letters[c] ??= columnLetters(c))}${number}`;
        cells += cellXml(address, styleId, value);
      });
      // exceljs leaves out a row with no value in it.
      if (hasValues) batch.push(`<row r="${number}">${cells}</row>`);
      if (batch.length >= BATCH_ROWS) flush();
    },
    flush,
  };
}

function valueType(value: CellValue): ExcelJS.ValueType {
  if (value === null || value === undefined) return ExcelJS.ValueType.Null;
  if (typeof value === "number") return ExcelJS.ValueType.Number;
  if (typeof value === "boolean") return ExcelJS.ValueType.Boolean;
  return ExcelJS.ValueType.String;
}

function cellXml(address: string, styleId: number, value: CellValue): string {
  const s = styleId ? ` s="${styleId}"` : "";
  if (value === null || value === undefined) return `<c r="${address}"${s}/>`;
  if (typeof value === "number") return `<c r="${address}"${s}><v>${value}</v></c>`;
  if (typeof value === "boolean") return `<c r="${address}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${address}"${s} t="str"><v>${xmlText(value)}</v></c>`;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Text for XML: markup characters escaped, controls other than tab, line feed and carriage return dropped (as exceljs's xmlEncode). */
export function xmlText(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]).replace(DROPPED, "");
}

// eslint-disable-next-line no-control-regex
const DROPPED = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/g;
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>"'\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/;
