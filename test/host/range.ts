/**
 * Excel.Range: a live reference to a rectangle of cells, resolved in queue order and
 * moved by later row inserts/deletes (Excel.run tracks ranges). Reads need load + sync.
 */
import { hiddenRowsIn } from "./auto-filter";
import { checkRect, colsOf, formatAddress, intersect, MAX_COLS, MAX_ROWS, parseRect, rowsOf, splitSheet, type Rect } from "./a1";
import { ClientObject, jsonBytes, type ClientResult, type HostRequestContext, type RangeHandle, type SyncTx } from "./context";
import { ErrorCode, officeError } from "./errors";
import type { SheetModel } from "./model";
import { RangeFormat } from "./range-format";
import { cellValue, clearCells, readBlock, readValues, writeCells, type ClearTarget } from "./cell-ops";
import { copyCells, type CopyType } from "./copy-ops";
import { getCellProperties, setCellProperties } from "./cell-properties";
import { deleteUp, insertDown } from "./row-ops";
import { displayText } from "./text-format";
import type { CellValue } from "./types";
import { Worksheet } from "./worksheet";
import { usedRectWithin } from "./used-range";
import { directDependents, WorkbookRangeAreas } from "./dependents";
import { RangeAreas } from "./range-areas";
import { checkSpecialCellType, specialCellRects } from "./special-cells";
import { clearItemsFor } from "./cell-items";
import { ConditionalFormatCollection } from "./conditional-format-proxies";

/** "On all platforms, a range is limited to five million cells for get operations." */
const MAX_GET_CELLS = 5_000_000;
const CELL_DATA = new Set(["values", "formulas", "formulasLocal", "numberFormat", "text", "valueTypes"]);

export type RangeResolver = (tx: SyncTx) => RangeHandle | null;

const ERRORS = new Set(["#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!"]);

export class Range extends ClientObject {
  protected readonly _typeName = "Range";
  protected readonly _scalars = [
    "address", "addressLocal", "values", "formulas", "formulasLocal", "numberFormat", "text", "valueTypes",
    "rowIndex", "columnIndex", "rowCount", "columnCount", "cellCount", "isEntireRow", "isEntireColumn", "rowHidden",
  ] as const as readonly string[];
  private _handle: RangeHandle | null | undefined;
  private _format?: RangeFormat;

  constructor(ctx: HostRequestContext, private readonly _resolver: RangeResolver, readonly _nullable = false,
    label = "Range.get", preResolved?: RangeHandle) {
    super(ctx);
    if (!_nullable) this._loaded.set("isNullObject", false);
    if (preResolved) {
      this._handle = preResolved;
      ctx.liveRanges.add(preResolved);
      return;
    }
    ctx._enqueue({
      label,
      bytes: 60 + label.length,
      run: (tx) => {
        const h = this._resolve(tx);
        if (_nullable) tx.onCommit.push(() => this._loaded.set("isNullObject", h === null));
      },
    });
  }

  /** @internal */
  _resolve(tx: SyncTx): RangeHandle | null {
    if (this._handle === undefined) {
      const h = this._resolver(tx);
      this._handle = h;
      if (h) this.context.liveRanges.add(h);
      tx.onRollback.push(() => {
        this._handle = undefined;
        if (h) this.context.liveRanges.delete(h);
      });
    }
    return this._handle;
  }

  override _isNullAt(tx: SyncTx): boolean {
    return this._resolve(tx) === null;
  }

  /** @internal The sheet and rectangle now; throws for null objects and deleted cells. */
  _target(tx: SyncTx): { sheet: SheetModel; rect: Rect } {
    const h = this._resolve(tx);
    if (!h) throw officeError(ErrorCode.itemNotFound, "The range doesn't exist (null object).", "Range");
    if (h.deleted) throw officeError(ErrorCode.invalidReference, "The range's cells were deleted.", "Range");
    const sheet = this.context.host.wb.sheetById(h.sheetId);
    if (!sheet) throw officeError(ErrorCode.itemNotFound, "The range's worksheet was deleted.", "Range");
    return { sheet, rect: h.rect };
  }

  protected _read(tx: SyncTx, name: string): unknown {
    const { sheet, rect } = this._target(tx);
    const wb = this.context.host.wb;
    if (CELL_DATA.has(name) && rowsOf(rect) * colsOf(rect) > MAX_GET_CELLS) {
      throw officeError(ErrorCode.rangeExceedsLimit,
        `Reading ${name} of ${rowsOf(rect) * colsOf(rect)} cells: a get is limited to ${MAX_GET_CELLS} cells.`, "Range.load");
    }
    switch (name) {
      case "address":
      case "addressLocal":
        return formatAddress(sheet.name, rect);
      case "values":
        return readValues(wb, sheet, rect);
      case "formulas":
      case "formulasLocal":
        return readBlock(sheet, rect, (r, c) => sheet.rows[r]?.f?.[c] ?? cellValue(wb, sheet, r, c));
      case "numberFormat":
        return readBlock(sheet, rect, (r, c) => sheet.rows[r]?.n?.[c] ?? "General");
      case "text":
        return readBlock(sheet, rect, (r, c) => displayText(cellValue(wb, sheet, r, c), sheet.rows[r]?.n?.[c]));
      case "valueTypes":
        return readBlock(sheet, rect, (r, c) => valueType(cellValue(wb, sheet, r, c)));
      case "rowIndex": return rect.r0;
      case "columnIndex": return rect.c0;
      case "rowCount": return rowsOf(rect);
      case "columnCount": return colsOf(rect);
      case "cellCount": return rowsOf(rect) * colsOf(rect);
      case "isEntireRow": return rect.c0 === 0 && rect.c1 === MAX_COLS - 1;
      case "isEntireColumn": return rect.r0 === 0 && rect.r1 === MAX_ROWS - 1;
      case "rowHidden": {
        // true when every row is hidden, false when none is, null when some are (Range.rowHidden).
        const hidden = hiddenRowsIn(wb, sheet, rect.r0, rect.r1);
        return hidden === 0 ? false : hidden === rowsOf(rect) ? true : null;
      }
    }
    return undefined;
  }

  protected override _navigate(name: string): ClientObject | undefined {
    if (name === "format") return this.format;
    if (name === "worksheet") return this.worksheet;
    return undefined;
  }

  get address(): string { return this._get("address"); }
  get addressLocal(): string { return this._get("addressLocal"); }
  get rowIndex(): number { return this._get("rowIndex"); }
  get columnIndex(): number { return this._get("columnIndex"); }
  get rowCount(): number { return this._get("rowCount"); }
  get columnCount(): number { return this._get("columnCount"); }
  get cellCount(): number { return this._get("cellCount"); }
  get isEntireRow(): boolean { return this._get("isEntireRow"); }
  /** true: every row hidden; false: none; null: some (ExcelApi 1.2). */
  get rowHidden(): boolean | null { return this._get("rowHidden"); }
  get isEntireColumn(): boolean { return this._get("isEntireColumn"); }
  get text(): string[][] { return this._get("text"); }
  get valueTypes(): string[][] { return this._get("valueTypes"); }
  get isNullObject(): boolean { return this._get("isNullObject"); }

  get values(): CellValue[][] { return this._get("values"); }
  set values(v: CellValue[][]) { this._writeCells("values", v); }
  get formulas(): unknown[][] { return this._get("formulas"); }
  set formulas(v: unknown[][]) { this._writeCells("formulas", v); }
  get formulasLocal(): unknown[][] { return this._get("formulasLocal"); }
  set formulasLocal(v: unknown[][]) { this._writeCells("formulas", v); }
  get numberFormat(): string[][] { return this._get("numberFormat"); }
  set numberFormat(v: string[][]) { this._writeCells("numberFormat", v); }

  private _writeCells(kind: "values" | "formulas" | "numberFormat", input: unknown): void {
    // Later changes to the caller's arrays must not leak into the queued write.
    const copy = Array.isArray(input) ? input.map((row) => (Array.isArray(row) ? row.slice() : row)) : input;
    this.context._enqueue({
      label: `Range.${kind}=`,
      bytes: 60 + jsonBytes(input),
      run: (tx) => {
        const { sheet, rect } = this._target(tx);
        writeCells(tx, sheet, rect, kind, copy);
      },
    });
  }

  private _cfs?: ConditionalFormatCollection;
  /** The conditional formats meeting this range (ExcelApi 1.6). */
  get conditionalFormats(): ConditionalFormatCollection {
    return (this._cfs ??= new ConditionalFormatCollection(this.context, (tx) => {
      const { sheet, rect } = this._target(tx);
      return { sheet, rects: [rect] };
    }));
  }

  get format(): RangeFormat {
    return (this._format ??= new RangeFormat(this.context, this));
  }

  private _worksheet?: Worksheet;
  get worksheet(): Worksheet {
    return (this._worksheet ??= new Worksheet(this.context, (tx) => this._target(tx).sheet.id, false, "Range.worksheet"));
  }

  /** A range computed from this one when the queue reaches it. */
  private _derive(label: string, fn: (sheet: SheetModel, rect: Rect, tx: SyncTx) => Rect | null, nullable = false): Range {
    return new Range(this.context, (tx) => {
      const { sheet, rect } = this._target(tx);
      const next = fn(sheet, rect, tx);
      if (!next) return null;
      checkRect(next);
      return { sheetId: sheet.id, rect: next };
    }, nullable, `Range.${label}`);
  }

  getCell(row: number, column: number): Range {
    return this._derive("getCell", (_s, r) => ({ r0: r.r0 + row, r1: r.r0 + row, c0: r.c0 + column, c1: r.c0 + column }));
  }
  getRow(row: number): Range {
    return this._derive("getRow", (_s, r) => ({ ...r, r0: r.r0 + row, r1: r.r0 + row }));
  }
  getColumn(column: number): Range {
    return this._derive("getColumn", (_s, r) => ({ ...r, c0: r.c0 + column, c1: r.c0 + column }));
  }
  getEntireRow(): Range {
    return this._derive("getEntireRow", (_s, r) => ({ ...r, c0: 0, c1: MAX_COLS - 1 }));
  }
  getEntireColumn(): Range {
    return this._derive("getEntireColumn", (_s, r) => ({ ...r, r0: 0, r1: MAX_ROWS - 1 }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): Range {
    return this._derive("getOffsetRange", (_s, r) => ({ r0: r.r0 + rowOffset, r1: r.r1 + rowOffset, c0: r.c0 + columnOffset, c1: r.c1 + columnOffset }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    return this._derive("getResizedRange", (_s, r) => ({ ...r, r1: r.r1 + deltaRows, c1: r.c1 + deltaColumns }));
  }
  getAbsoluteResizedRange(numRows: number, numColumns: number): Range {
    return this._derive("getAbsoluteResizedRange", (_s, r) => ({ ...r, r1: r.r0 + numRows - 1, c1: r.c0 + numColumns - 1 }));
  }
  getRowsAbove(count = 1): Range {
    return this._derive("getRowsAbove", (_s, r) => ({ ...r, r0: r.r0 - count, r1: r.r0 - 1 }));
  }
  getRowsBelow(count = 1): Range {
    return this._derive("getRowsBelow", (_s, r) => ({ ...r, r0: r.r1 + 1, r1: r.r1 + count }));
  }
  getLastRow(): Range {
    return this._derive("getLastRow", (_s, r) => ({ ...r, r0: r.r1 }));
  }
  getLastColumn(): Range {
    return this._derive("getLastColumn", (_s, r) => ({ ...r, c0: r.c1 }));
  }
  getLastCell(): Range {
    return this._derive("getLastCell", (_s, r) => ({ r0: r.r1, r1: r.r1, c0: r.c1, c1: r.c1 }));
  }
  getIntersection(other: Range | string): Range {
    return this._derive("getIntersection", (s, r, tx) => {
      const hit = intersect(r, this._otherRect(tx, s, other));
      if (!hit) throw officeError(ErrorCode.itemNotFound, "The ranges don't intersect.", "Range.getIntersection");
      return hit;
    });
  }
  getIntersectionOrNullObject(other: Range | string): Range {
    return this._derive("getIntersectionOrNullObject", (s, r, tx) => intersect(r, this._otherRect(tx, s, other)), true);
  }
  getBoundingRect(other: Range | string): Range {
    return this._derive("getBoundingRect", (s, r, tx) => {
      const o = this._otherRect(tx, s, other);
      return { r0: Math.min(r.r0, o.r0), c0: Math.min(r.c0, o.c0), r1: Math.max(r.r1, o.r1), c1: Math.max(r.c1, o.c1) };
    });
  }
  getDirectDependents(): WorkbookRangeAreas {
    return new WorkbookRangeAreas(this.context, (tx) => {
      const { sheet, rect } = this._target(tx);
      return directDependents(this.context.host.wb.state.sheets, sheet, rect);
    }, "Range.getDirectDependents");
  }
  /** The formula (or constant) cells of this range; fails with ItemNotFound when there are none. */
  getSpecialCells(cellType: string, cellValueType?: string): RangeAreas {
    return this._special("getSpecialCells", cellType, cellValueType, false);
  }
  /** The formula (or constant) cells of this range; a null object when there are none. */
  getSpecialCellsOrNullObject(cellType: string, cellValueType?: string): RangeAreas {
    return this._special("getSpecialCellsOrNullObject", cellType, cellValueType, true);
  }
  private _special(method: string, cellType: string, cellValueType: string | undefined, nullable: boolean): RangeAreas {
    const api = `Range.${method}`;
    return new RangeAreas(this.context, (tx) => {
      checkSpecialCellType(cellType, cellValueType, api);
      const { sheet, rect } = this._target(tx);
      const rects = specialCellRects(sheet, rect, cellType);
      if (rects.length) return { sheetId: sheet.id, rects };
      if (nullable) return null;
      throw officeError(ErrorCode.itemNotFound, "No cells were found.", api);
    }, api, nullable);
  }
  getUsedRange(valuesOnly = false): Range {
    return this._derive("getUsedRange", (s, r) => {
      const hit = usedRectWithin(s, valuesOnly, r);
      if (!hit) throw officeError(ErrorCode.itemNotFound, "The range has no used cells.", "Range.getUsedRange");
      return hit;
    });
  }
  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return this._derive("getUsedRangeOrNullObject", (s, r) => usedRectWithin(s, valuesOnly, r), true);
  }

  private _otherRect(tx: SyncTx, sheet: SheetModel, other: Range | string): Rect {
    if (typeof other === "string") {
      const { sheet: name, cells } = splitSheet(other);
      if (name && name.toLowerCase() !== sheet.name.toLowerCase()) throw officeError(ErrorCode.invalidArgument, "The ranges are on different sheets.");
      return parseRect(cells);
    }
    const t = other._target(tx);
    if (t.sheet !== sheet) throw officeError(ErrorCode.invalidArgument, "The ranges are on different sheets.");
    return t.rect;
  }

  /** Inserts cells at this range, shifting down (rows) — returns the new cells. */
  insert(shift: "Down" | "Right" | string): Range {
    let inserted: RangeHandle | null = null;
    this.context._enqueue({
      label: "Range.insert",
      bytes: 80,
      run: (tx) => {
        if (shift !== "Down") throw officeError(ErrorCode.notImplemented, `The test host supports insert("Down") only (got "${shift}").`);
        const { sheet, rect } = this._target(tx);
        inserted = { sheetId: sheet.id, rect: { ...rect } };
        insertDown(tx, sheet, rect);
      },
    });
    return new Range(this.context, () => inserted, false, "Range.insert.result");
  }

  /** Deletes the cells, shifting cells below up. */
  delete(shift: "Up" | "Left" | string): void {
    this.context._enqueue({
      label: "Range.delete",
      bytes: 80,
      run: (tx) => {
        if (shift !== "Up") throw officeError(ErrorCode.notImplemented, `The test host supports delete("Up") only (got "${shift}").`);
        const { sheet, rect } = this._target(tx);
        deleteUp(tx, sheet, rect);
      },
    });
  }

  clear(applyTo: ClearTarget = "All"): void {
    this.context._enqueue({
      label: "Range.clear",
      bytes: 60,
      run: (tx) => {
        const { sheet, rect } = this._target(tx);
        clearCells(tx, sheet, rect, applyTo);
        clearItemsFor(tx.ctx.host.wb, sheet, rect, applyTo);
      },
    });
  }

  copyFrom(source: Range | string, copyType: CopyType = "All", skipBlanks = false, transpose = false): void {
    this.context._enqueue({
      label: "Range.copyFrom",
      bytes: 100 + (typeof source === "string" ? source.length : 0),
      run: (tx) => {
        if (transpose) throw officeError(ErrorCode.notImplemented, "The test host does not transpose in copyFrom.");
        const dst = this._target(tx);
        let src: { sheet: SheetModel; rect: Rect };
        if (typeof source === "string") {
          const { sheet: name, cells } = splitSheet(source);
          const sheet = name ? this.context.host.wb.sheetByName(name) : dst.sheet;
          if (!sheet) throw officeError(ErrorCode.itemNotFound, `No sheet named '${name}'.`, "Range.copyFrom");
          src = { sheet, rect: parseRect(cells) };
        } else {
          src = source._target(tx);
        }
        copyCells(tx, src, dst, copyType, skipBlanks);
      },
    });
  }

  /** Fill colour, bold, font colour (italic reads false) per cell; `.value` after the sync (cell-properties.ts). */
  getCellProperties(loadShape: Excel.CellPropertiesLoadOptions): ClientResult<Excel.CellProperties[][]> {
    return getCellProperties(this, loadShape as Record<string, unknown>);
  }

  setCellProperties(data: Excel.SettableCellProperties[][]): void {
    setCellProperties(this, data);
  }

  select(): void {
    this.context._enqueue({
      label: "Range.select",
      bytes: 50,
      run: (tx) => {
        const { sheet, rect } = this._target(tx);
        const state = this.context.host.wb.state;
        // Excel selects reliably only on the active sheet (README: "select() on another sheet").
        if (state.activeId !== sheet.id) return;
        state.selection = { sheetId: sheet.id, rects: [{ ...rect }] };
      },
    });
  }

  override untrack(): this {
    if (this._handle) this.context.liveRanges.delete(this._handle);
    return this;
  }
}

function valueType(v: CellValue): string {
  if (v === "" || v === null || v === undefined) return "Empty";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  return ERRORS.has(v) ? "Error" : "String";
}
