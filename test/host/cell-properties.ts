/**
 * Range.getCellProperties / setCellProperties (ExcelApi 1.9) for the styles the host
 * stores: `format.fill.color`, `format.font.bold`, `format.font.color`. `format.font.italic`
 * reads `false` and is accepted on write and ignored, as RangeFont.italic is. Any other
 * property (borders, alignment, style, hyperlink, address …) is NotImplemented, so a test
 * cannot pass on a property the host does not model.
 */
import { colsOf, rowsOf } from "./a1";
import { assertWritable } from "./cell-ops";
import { ClientResult, jsonBytes, type SyncTx } from "./context";
import { ErrorCode, officeError } from "./errors";
import type { CellStyle } from "./types";
import type { Range } from "./range";

const MAX_GET_CELLS = 5_000_000;
const DEFAULTS = { bold: false, fontColor: "#000000", fill: "#FFFFFF" };
const FONT_KEYS = new Set(["bold", "color", "italic"]);

type Shape = Record<string, unknown>;

function unsupported(what: string, method: string): Error {
  return officeError(ErrorCode.notImplemented, `The test host does not model '${what}' in ${method}.`, `Range.${method}`);
}

/** Checks a load shape and returns which of the modelled properties it asks for. */
function wanted(shape: Shape): { fill: boolean; font: string[] } {
  const out = { fill: false, font: [] as string[] };
  for (const [key, value] of Object.entries(shape)) {
    if (!value) continue;
    if (key !== "format" || typeof value !== "object") throw unsupported(key, "getCellProperties");
    for (const [part, sub] of Object.entries(value as Shape)) {
      if (!sub) continue;
      if (part === "fill" && typeof sub === "object") {
        for (const [k, v] of Object.entries(sub as Shape)) {
          if (!v) continue;
          if (k !== "color") throw unsupported(`format/fill/${k}`, "getCellProperties");
          out.fill = true;
        }
      } else if (part === "font" && typeof sub === "object") {
        for (const [k, v] of Object.entries(sub as Shape)) {
          if (!v) continue;
          if (!FONT_KEYS.has(k)) throw unsupported(`format/font/${k}`, "getCellProperties");
          out.font.push(k);
        }
      } else {
        throw unsupported(`format/${part}`, "getCellProperties");
      }
    }
  }
  return out;
}

/** Queues Range.getCellProperties: the grid is readable through `.value` after the sync. */
export function getCellProperties(range: Range, loadShape: Shape): ClientResult<Excel.CellProperties[][]> {
  const shape = JSON.parse(JSON.stringify(loadShape ?? {})) as Shape;
  const result = new ClientResult<Excel.CellProperties[][]>();
  range.context._enqueue({
    label: "Range.getCellProperties",
    bytes: 60 + jsonBytes(shape),
    run: (tx: SyncTx) => {
      const { sheet, rect } = range._target(tx);
      const want = wanted(shape);
      if (rowsOf(rect) * colsOf(rect) > MAX_GET_CELLS) {
        throw officeError(ErrorCode.rangeExceedsLimit, `getCellProperties of ${rowsOf(rect) * colsOf(rect)} cells: a get is limited to ${MAX_GET_CELLS} cells.`, "Range.getCellProperties");
      }
      const grid: Excel.CellProperties[][] = [];
      for (let r = rect.r0; r <= rect.r1; r++) {
        const line: Excel.CellProperties[] = [];
        for (let c = rect.c0; c <= rect.c1; c++) {
          const s: CellStyle = sheet.rows[r]?.s?.[c] ?? {};
          const format: Excel.CellPropertiesFormat = {};
          if (want.fill) format.fill = { color: s.fill ?? DEFAULTS.fill };
          if (want.font.length) {
            const font: Excel.CellPropertiesFont = {};
            for (const k of want.font) {
              if (k === "bold") font.bold = s.bold ?? DEFAULTS.bold;
              else if (k === "color") font.color = s.fontColor ?? DEFAULTS.fontColor;
              else font.italic = false;
            }
            format.font = font;
          }
          line.push(want.fill || want.font.length ? { format } : {});
        }
        grid.push(line);
      }
      tx.deliver(grid, () => result._set(grid));
    },
  });
  return result;
}

/** The style change one cell's entry asks for (`undefined` = leave as is). */
function styleOf(entry: unknown): Partial<CellStyle> {
  const out: Partial<CellStyle> = {};
  if (entry === null || entry === undefined) return out;
  for (const [key, value] of Object.entries(entry as Shape)) {
    if (value === undefined || value === null) continue;
    if (key !== "format") throw unsupported(key, "setCellProperties");
    for (const [part, sub] of Object.entries(value as Shape)) {
      if (sub === undefined || sub === null) continue;
      if (part !== "fill" && part !== "font") throw unsupported(`format/${part}`, "setCellProperties");
      const props = Object.entries(sub as Shape).filter(([, v]) => v !== undefined && v !== null);
      for (const [k, v] of props) {
        if (part === "fill" && k === "color") out.fill = String(v);
        else if (part === "font" && k === "bold") out.bold = Boolean(v);
        else if (part === "font" && k === "color") out.fontColor = String(v);
        else if (part === "font" && k === "italic") continue; // accepted and ignored (README)
        else throw unsupported(`format/${part}/${k}`, "setCellProperties");
      }
    }
  }
  return out;
}

/** Queues Range.setCellProperties: one entry per cell, only the given properties change. */
export function setCellProperties(range: Range, data: Excel.SettableCellProperties[][]): void {
  // Later changes to the caller's arrays must not leak into the queued write.
  const copy = JSON.parse(JSON.stringify(data ?? null)) as unknown;
  range.context._enqueue({
    label: "Range.setCellProperties",
    bytes: 60 + jsonBytes(copy),
    run: (tx: SyncTx) => {
      const { sheet, rect } = range._target(tx);
      const wb = range.context.host.wb;
      assertWritable(wb, sheet);
      const ok = Array.isArray(copy) && copy.length === rowsOf(rect) && copy.every((row) => Array.isArray(row) && row.length === colsOf(rect));
      if (!ok) {
        throw officeError(ErrorCode.invalidArgument,
          `The number of rows or columns in the cellPropertiesData array doesn't match the size of the range (${rowsOf(rect)} x ${colsOf(rect)}).`, "Range.setCellProperties");
      }
      const grid = copy as unknown[][];
      for (let r = rect.r0; r <= rect.r1; r++) {
        for (let c = rect.c0; c <= rect.c1; c++) {
          const change = styleOf(grid[r - rect.r0][c - rect.c0]);
          if (!Object.keys(change).length) continue;
          const cell = wb.cellAt(sheet, r, c);
          wb.setCell(sheet, r, c, { ...cell, s: { ...cell.s, ...change } });
        }
      }
    },
  });
}
