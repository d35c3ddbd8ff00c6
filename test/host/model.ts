/**
 * The in-memory workbook. Rows are stored as arrays (no per-cell objects) so a
 * 100,000 x 10 sheet stays cheap. Every sync runs inside a transaction: rows are
 * copied on first write, metadata is cloned, and a failed sync restores the backup.
 */
import type { CellStyle, CellValue } from "./types";
import type { Rect } from "./a1";
import type { CommentModel, LinkModel, NoteModel } from "./cell-items";
import type { CfModel } from "./conditional-formats";

export interface Row {
  /** Constant values (for a formula cell: unused). */
  v: CellValue[];
  /** Formula per column, when the cell holds one. */
  f?: (string | undefined)[];
  /** Number format per column; undefined = "General". */
  n?: (string | undefined)[];
  s?: (CellStyle | undefined)[];
}

export interface SheetModel {
  id: string;
  name: string;
  protected: boolean;
  rows: (Row | undefined)[];
  custom: Record<string, string>;
  /** `Worksheet.visibility` as set (ExcelApi 1.1); "Visible" when never set. */
  visibility?: "Visible" | "Hidden" | "VeryHidden";
  /**
   * True once any row of the sheet got a formula array (set by `Workbook.formulasOf` and seeding):
   * row inserts/deletes skip rewriting formulas on sheets that never had one.
   */
  hasFormulas?: boolean;
  /** The sheet's AutoFilter (auto-filter.ts). */
  filter?: { rect?: Rect; hidden: number[] };
  /** Page setup, images, column widths and row heights (worksheet-print.ts); absent until first set. */
  print?: PrintModel;
  /** Notes, threaded comments and hyperlinks by cell key (cell-items.ts); absent until the first one. */
  notes?: Map<number, NoteModel>;
  comments?: Map<number, CommentModel>;
  links?: Map<number, LinkModel>;
  /** Conditional formats in priority order (conditional-formats.ts); replaced, never changed in place. */
  cf?: CfModel[];
}

/** A picture on a sheet (`shapes.addImage`), positioned in points from the sheet's top-left corner. */
export interface ShapeModel {
  id: string;
  name: string;
  /** The image as given (base64 PNG or JPEG). */
  base64: string;
  left: number;
  top: number;
  width: number;
  height: number;
  altTextDescription: string;
}

export interface PrintModel {
  /** Column widths and row heights in points, where set (others are Excel's defaults). */
  columnWidths: Record<number, number>;
  rowHeights: Record<number, number>;
  paperSize: string;
  orientation: string;
  /** In points. */
  margins: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  printGridlines: boolean;
  showGridlines: boolean;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  /** 0-based rows with a manual page break above them. */
  rowBreaks: number[];
  shapes: ShapeModel[];
}

export interface TableModel {
  id: string;
  name: string;
  sheetId: string;
  /** Whole table: header row, body, totals row. */
  rect: Rect;
  showHeaders: boolean;
  showTotals: boolean;
  style: string;
  /** The table's filter, when it hides rows or is on (auto-filter.ts). */
  filter?: { hidden: number[] };
}

export interface ChartModel {
  id: string;
  name: string;
  sheetId: string;
  type: string;
  source: string;
  seriesBy: string;
  title: string;
  position: { start: string; end: string | null } | null;
  /** What the chart plots (chart-series.ts). */
  series: SeriesModel[];
}

/** One series of a chart: its name and the addresses (`Sheet!B8:B10`) of its values and category labels. */
export interface SeriesModel {
  id: string;
  name: string;
  values: string | null;
  xValues: string | null;
}

export interface WorkbookState {
  sheets: SheetModel[];
  activeId: string;
  selection: { sheetId: string; rects: Rect[] };
  tables: TableModel[];
  charts: ChartModel[];
  /** Settings as JSON text, so stored values are always deep copies. */
  settings: Record<string, string>;
  nextId: number;
}

/** One cell, as moved by insert/delete/copy. */
export interface Cell {
  v: CellValue;
  f: string | undefined;
  n: string | undefined;
  s: CellStyle | undefined;
}

export const EMPTY_CELL: Cell = { v: "", f: undefined, n: undefined, s: undefined };

export class Workbook {
  state: WorkbookState;
  /** Error code for a write to a protected sheet (seed option `protectedSheetErrorCode`). */
  protectedSheetCode = "AccessDenied";
  private backup: WorkbookState | null = null;
  private ownedRows = new WeakSet<Row>();
  private ownedSheets = new WeakSet<SheetModel>();
  private ownedParts = new WeakSet<object>();

  constructor(state: WorkbookState) {
    this.state = state;
  }

  newId(prefix: string): string {
    this.state.nextId += 1;
    return `{${prefix}-${String(this.state.nextId).padStart(8, "0")}}`;
  }

  begin(): void {
    this.backup = cloneMeta(this.state);
    this.ownedRows = new WeakSet();
    this.ownedSheets = new WeakSet();
    this.ownedParts = new WeakSet();
  }

  /** `current` if this sync already owns it (or no sync runs), else `copy(current)`, owned from now on. */
  ownPart<T extends object>(current: T | undefined, copy: (from: T | undefined) => T): T {
    if (current && (!this.backup || this.ownedParts.has(current))) return current;
    const own = copy(current);
    this.ownedParts.add(own);
    return own;
  }

  commit(): void {
    this.backup = null;
  }

  rollback(): void {
    if (this.backup) this.state = this.backup;
    this.backup = null;
  }

  sheetById(id: string): SheetModel | undefined {
    return this.state.sheets.find((s) => s.id === id);
  }

  sheetByName(name: string): SheetModel | undefined {
    const key = name.toLowerCase();
    return this.state.sheets.find((s) => s.name.toLowerCase() === key);
  }

  /** The sheet's row array, copied once per transaction before it is changed. */
  writableRows(sheet: SheetModel): (Row | undefined)[] {
    if (this.backup && !this.ownedSheets.has(sheet)) {
      sheet.rows = sheet.rows.slice();
      this.ownedSheets.add(sheet);
    }
    return sheet.rows;
  }

  writableRow(sheet: SheetModel, r: number): Row {
    const rows = this.writableRows(sheet);
    let row = rows[r];
    if (!row) {
      row = { v: [] };
      this.ownedRows.add(row);
      rows[r] = row;
    } else if (this.backup && !this.ownedRows.has(row)) {
      row = {
        v: row.v.slice(),
        f: row.f?.slice(),
        n: row.n?.slice(),
        s: row.s?.slice(),
      };
      this.ownedRows.add(row);
      rows[r] = row;
    }
    return row;
  }

  /** The row's formula array, created if needed: the one way a row gets formulas after seeding. */
  formulasOf(sheet: SheetModel, row: Row): (string | undefined)[] {
    sheet.hasFormulas = true;
    return (row.f ??= []);
  }

  cellAt(sheet: SheetModel, r: number, c: number): Cell {
    const row = sheet.rows[r];
    if (!row) return EMPTY_CELL;
    return { v: row.v[c] ?? "", f: row.f?.[c], n: row.n?.[c], s: row.s?.[c] };
  }

  setCell(sheet: SheetModel, r: number, c: number, cell: Cell): void {
    if (!sheet.rows[r] && isEmptyCell(cell)) return;
    const row = this.writableRow(sheet, r);
    row.v[c] = cell.v;
    if (cell.f !== undefined || row.f) this.formulasOf(sheet, row)[c] = cell.f;
    if (cell.n !== undefined || row.n) (row.n ??= [])[c] = cell.n;
    if (cell.s !== undefined || row.s) (row.s ??= [])[c] = cell.s;
  }

  /** Bounding box of cells with a value or formula (and, unless valuesOnly, a format). */
  usedRect(sheet: SheetModel, valuesOnly: boolean): Rect | null {
    let r0 = -1, r1 = -1, c0 = Infinity, c1 = -1;
    const rows = sheet.rows;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      if (!row) continue;
      let first = -1, last = -1;
      if (!row.f && (valuesOnly || (!row.n && !row.s))) {
        const v = row.v;
        for (let c = 0; c < v.length; c++) if (v[c] !== undefined && v[c] !== "" && v[c] !== null) { first = c; break; }
        if (first < 0) continue;
        for (let c = v.length - 1; c >= first; c--) if (v[c] !== undefined && v[c] !== "" && v[c] !== null) { last = c; break; }
        if (r0 < 0) r0 = r;
        r1 = r;
        c0 = Math.min(c0, first);
        c1 = Math.max(c1, last);
        continue;
      }
      const width = Math.max(row.v.length, row.f?.length ?? 0, valuesOnly ? 0 : Math.max(row.n?.length ?? 0, row.s?.length ?? 0));
      for (let c = 0; c < width; c++) {
        const used = (row.v[c] !== undefined && row.v[c] !== "" && row.v[c] !== null) || row.f?.[c] !== undefined ||
          (!valuesOnly && ((row.n?.[c] !== undefined && row.n[c] !== "General") || row.s?.[c] !== undefined));
        if (used) {
          if (first < 0) first = c;
          last = c;
        }
      }
      if (first < 0) continue;
      if (r0 < 0) r0 = r;
      r1 = r;
      c0 = Math.min(c0, first);
      c1 = Math.max(c1, last);
    }
    return r0 < 0 ? null : { r0, r1, c0, c1 };
  }

  /** Last row index holding anything (value, formula or format), or -1. */
  lastRowWithContent(sheet: SheetModel): number {
    for (let r = sheet.rows.length - 1; r >= 0; r--) {
      const row = sheet.rows[r];
      if (row && rowHasContent(row)) return r;
    }
    return -1;
  }
}

export function isEmptyCell(cell: Cell): boolean {
  return (cell.v === "" || cell.v === null || cell.v === undefined) && cell.f === undefined && cell.n === undefined && cell.s === undefined;
}

function rowHasContent(row: Row): boolean {
  return row.v.some((v) => v !== "" && v !== null && v !== undefined) ||
    !!row.f?.some((f) => f !== undefined) || !!row.n?.some((n) => n !== undefined) || !!row.s?.some((s) => s !== undefined);
}

/** Copies everything but the rows themselves (shared until written: copy on write). */
function cloneMeta(state: WorkbookState): WorkbookState {
  return {
    sheets: state.sheets.map((s) => ({ ...s, custom: { ...s.custom }, ...(s.print ? { print: clonePrint(s.print) } : {}) })),
    activeId: state.activeId,
    selection: { sheetId: state.selection.sheetId, rects: state.selection.rects.map((r) => ({ ...r })) },
    tables: state.tables.map((t) => ({ ...t, rect: { ...t.rect } })),
    charts: state.charts.map((c) => ({ ...c, position: c.position ? { ...c.position } : null, series: c.series.map((s) => ({ ...s })) })),
    settings: { ...state.settings },
    nextId: state.nextId,
  };
}

function clonePrint(p: PrintModel): PrintModel {
  return {
    ...p, columnWidths: { ...p.columnWidths }, rowHeights: { ...p.rowHeights }, margins: { ...p.margins }, zoom: { ...p.zoom },
    rowBreaks: [...p.rowBreaks], shapes: p.shapes.map((x) => ({ ...x })),
  };
}
