/**
 * Rows of a streamed sheet written as XML straight into exceljs's WorksheetWriter, the XML its
 * row and cell writers give a row of plain values: a full sheet otherwise makes a Row, a Cell
 * and a cell model per value, and collecting that garbage beside a kept grid of a million rows
 * cost more than writing (issue 23 §6). The XML is written as bytes into one reused buffer
 * (xml-bytes.ts), so a row makes no strings, arrays or closures. Strings as `t="str"` (the
 * writer's form without shared strings), with the characters XML cannot hold dropped as
 * exceljs drops them.
 */
import { once } from "node:events";
import ExcelJS from "exceljs";
import { columnLetters, type CellValue } from "../core";
import { XmlBytes } from "./xml-bytes";

/** The members of exceljs 4.4's WorksheetWriter, its stream and its style registry used here (not in its typings). */
interface SheetWriterInternals {
  startedData: boolean;
  _writeColumns(): void;
  _writeOpenSheetData(): void;
  /** A StreamBuf: `write` copies the bytes before it returns; `pipes[0]` is the zip entry's input, once appended. */
  stream: { write(data: Buffer): void; pipes?: NodeJS.WritableStream[] };
  _workbook: { styles: { addStyleModel(style: Partial<ExcelJS.Style>, type: ExcelJS.ValueType): number } };
}

/** Bytes collected before they are handed to the sheet's stream. */
const CHUNK_BYTES = 1 << 20;

export interface RowSink {
  /**
   * Writes sheet row `number` (1-based) from the first `width` columns: a cell where `values[c]`
   * is not undefined (null: a cell with no value, kept only if its format needs a style), in
   * number format `numFmts[c]` (undefined: as exceljs picks for the kind of value).
   */
  row(number: number, values: readonly (CellValue | undefined)[], numFmts: readonly (string | undefined)[], width: number): void;
  /**
   * Hands what is collected to the sheet's stream and waits until the zip has taken it in: the
   * rows are then compressed (on another thread) while the next are built, instead of the whole
   * sheet's XML waiting in memory for the commit. The zip takes in one entry at a time: only the
   * sheet being written may be drained (an earlier sheet still open would make this wait forever).
   */
  drain(): Promise<void>;
  /** Writes what is still collected; call before the sheet is committed. */
  flush(): void;
}

export function rowSink(sheet: ExcelJS.Worksheet): RowSink {
  const internals = sheet as unknown as SheetWriterInternals;
  const xml = new XmlBytes(CHUNK_BYTES);
  const flush = () => {
    if (xml.length === 0) return;
    if (!internals.startedData) {
      internals._writeColumns();
      internals._writeOpenSheetData();
      internals.startedData = true;
    }
    internals.stream.write(xml.bytes());
    xml.clear();
  };
  const styleIds = styleIdsOf(internals._workbook.styles);
  const letters: Buffer[] = [];
  return {
    row(number, values, numFmts, width) {
      if (!hasValue(values, width)) return; // exceljs leaves out a row with no value in it.
      xml.ascii("<row r=\"").integer(number).ascii("\">");
      for (let c = 0; c < width; c++) {
        const value = values[c];
        if (value === undefined) continue;
        const kind = kindOf(value);
        const styleId = styleIds(numFmts[c], kind);
        if (kind === NULL && styleId === 0) continue;
        xml.ascii("<c r=\"").raw((letters[c] ??= Buffer.from(columnLetters(c), "latin1"))).integer(number).ascii("\"");
        if (styleId !== 0) xml.ascii(" s=\"").integer(styleId).ascii("\"");
        cellValue(xml, kind, value);
      }
      xml.ascii("</row>");
      if (xml.length >= CHUNK_BYTES) flush();
    },
    async drain() {
      flush();
      const input = internals.stream.pipes?.[0] as (NodeJS.WritableStream & { _writableState?: { needDrain?: boolean } }) | undefined;
      // needDrain: the zip's input holds more than it wants (readable-stream 2 has no public flag for it).
      if (input?._writableState?.needDrain) await once(input, "drain");
      else await new Promise<void>((resolve) => setImmediate(resolve));
    },
    flush,
  };
}

const NULL = 0;
const NUMBER = 1;
const STRING = 2;
const BOOLEAN = 3;

function kindOf(value: CellValue): number {
  if (value === null) return NULL;
  if (typeof value === "number") return NUMBER;
  if (typeof value === "boolean") return BOOLEAN;
  return STRING;
}

function hasValue(values: readonly (CellValue | undefined)[], width: number): boolean {
  for (let c = 0; c < width; c++) if (values[c] !== undefined && values[c] !== null) return true;
  return false;
}

/**
 * The style id of each number format and kind of value, looked up in exceljs's registry once:
 * it renders a style to XML to find its id, which per cell was most of the write. Without a
 * format exceljs picks one by the kind of value (General for numbers), so the kind is part of the key.
 */
function styleIdsOf(styles: SheetWriterInternals["_workbook"]["styles"]): (numFmt: string | undefined, kind: number) => number {
  // Read here, not when the module loads: the bundle loads exceljs on first use (exceljs-on-demand.cjs).
  const types = [ExcelJS.ValueType.Null, ExcelJS.ValueType.Number, ExcelJS.ValueType.String, ExcelJS.ValueType.Boolean];
  const ids = new Map<string | undefined, Int32Array>();
  return (numFmt, kind) => {
    let byKind = ids.get(numFmt);
    if (!byKind) ids.set(numFmt, (byKind = new Int32Array(types.length).fill(-1)));
    if (byKind[kind] < 0) byKind[kind] = styles.addStyleModel(numFmt === undefined ? {} : { numFmt }, types[kind]);
    return byKind[kind];
  };
}

/** The rest of a cell after its address and style: numbers `<v>`, text `t="str"`, booleans `t="b"`. */
function cellValue(xml: XmlBytes, kind: number, value: CellValue): void {
  if (kind === NULL) xml.ascii("/>");
  else if (kind === NUMBER) xml.ascii("><v>").number(value as number).ascii("</v></c>");
  else if (kind === BOOLEAN) xml.ascii(value ? " t=\"b\"><v>1</v></c>" : " t=\"b\"><v>0</v></c>");
  else xml.ascii(" t=\"str\"><v>").text(xmlText(value as string)).ascii("</v></c>");
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
