/** Range.format with font (bold, color) and fill (color): stored per cell; the rest is accepted and ignored. */
import { ClientObject, type HostRequestContext, type SyncTx } from "./context";
import { ErrorCode, officeError } from "./errors";
import type { Range } from "./range";
import { assertWritable } from "./cell-ops";
import type { CellStyle } from "./types";
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, printOf } from "./worksheet-print";

type StyleKey = keyof CellStyle;
const DEFAULTS: Required<CellStyle> = { bold: false, fontColor: "#000000", fill: "#FFFFFF" };

/** Reads one style key over the range: the common value, or null when cells differ. */
function readStyle(range: Range, tx: SyncTx, key: StyleKey): unknown {
  const { sheet, rect } = range._target(tx);
  let seen: unknown = undefined;
  const r1 = Math.min(rect.r1, Math.max(rect.r0, sheet.rows.length - 1));
  for (let r = rect.r0; r <= r1; r++) {
    for (let c = rect.c0; c <= Math.min(rect.c1, rect.c0 + 256); c++) {
      const v = sheet.rows[r]?.s?.[c]?.[key] ?? DEFAULTS[key];
      if (seen === undefined) seen = v;
      else if (seen !== v) return null;
    }
  }
  return seen ?? DEFAULTS[key];
}

function writeStyle(range: Range, key: StyleKey, value: unknown, label: string): void {
  range.context._enqueue({
    label,
    bytes: 80,
    run: (tx) => {
      const { sheet, rect } = range._target(tx);
      assertWritable(range.context.host.wb, sheet);
      const wb = range.context.host.wb;
      for (let r = rect.r0; r <= rect.r1; r++) {
        for (let c = rect.c0; c <= rect.c1; c++) {
          const cell = wb.cellAt(sheet, r, c);
          const s: CellStyle = { ...cell.s };
          if (value === null || value === undefined) delete s[key];
          else (s as Record<string, unknown>)[key] = value;
          wb.setCell(sheet, r, c, { ...cell, s: Object.keys(s).length ? s : undefined });
        }
      }
    },
  });
}

/** A change the host accepts and records nowhere (column widths, alignment …). */
function acceptOnly(range: Range, label: string): void {
  range.context._enqueue({ label, bytes: 60, run: (tx) => assertWritable(range.context.host.wb, range._target(tx).sheet) });
}

type Size = "columnWidth" | "rowHeight";

/** Columns (or rows) of the range, at most 1,024 of them: a whole-column range stays cheap. */
function lines(range: Range, tx: SyncTx, size: Size): number[] {
  const { rect } = range._target(tx);
  const [from, to] = size === "columnWidth" ? [rect.c0, rect.c1] : [rect.r0, rect.r1];
  return Array.from({ length: Math.min(to - from + 1, 1024) }, (_, i) => from + i);
}

/** The common width (height) of the range's columns (rows), or null when they differ, as Excel answers. */
function readSize(range: Range, tx: SyncTx, size: Size): number | null {
  const { sheet } = range._target(tx);
  const stored = size === "columnWidth" ? sheet.print?.columnWidths : sheet.print?.rowHeights;
  const fallback = size === "columnWidth" ? DEFAULT_COLUMN_WIDTH : DEFAULT_ROW_HEIGHT;
  const all = new Set(lines(range, tx, size).map((i) => stored?.[i] ?? fallback));
  return all.size === 1 ? [...all][0] : null;
}

/** Column widths and row heights in points; a row is at most 409 points high ("Excel specifications and limits"). */
function writeSize(range: Range, size: Size, value: number): void {
  range.context._enqueue({
    label: `RangeFormat.${size}=`,
    bytes: 60,
    run: (tx) => {
      const { sheet } = range._target(tx);
      assertWritable(range.context.host.wb, sheet);
      const max = size === "rowHeight" ? 409 : Number.MAX_VALUE;
      if (!Number.isFinite(value) || value < 0 || value > max) throw officeError(ErrorCode.invalidArgument, `RangeFormat.${size} cannot be ${value} points.`, `RangeFormat.${size}`);
      const print = printOf(sheet);
      const target = size === "columnWidth" ? print.columnWidths : print.rowHeights;
      for (const i of lines(range, tx, size)) target[i] = value;
    },
  });
}

export class RangeFont extends ClientObject {
  protected readonly _typeName = "RangeFont";
  protected readonly _scalars = ["bold", "color", "italic", "name", "size"];
  constructor(ctx: HostRequestContext, private readonly range: Range) { super(ctx); }
  protected _read(tx: SyncTx, name: string): unknown {
    if (name === "bold") return readStyle(this.range, tx, "bold");
    if (name === "color") return readStyle(this.range, tx, "fontColor");
    return name === "italic" ? false : name === "name" ? "Calibri" : 11;
  }
  get bold(): boolean { return this._get("bold"); }
  set bold(v: boolean) { writeStyle(this.range, "bold", v, "RangeFont.bold="); }
  get color(): string { return this._get("color"); }
  set color(v: string) { writeStyle(this.range, "fontColor", v, "RangeFont.color="); }
  get italic(): boolean { return this._get("italic"); }
  set italic(_v: boolean) { acceptOnly(this.range, "RangeFont.italic="); }
  get name(): string { return this._get("name"); }
  set name(_v: string) { acceptOnly(this.range, "RangeFont.name="); }
  get size(): number { return this._get("size"); }
  set size(_v: number) { acceptOnly(this.range, "RangeFont.size="); }
}

export class RangeFill extends ClientObject {
  protected readonly _typeName = "RangeFill";
  protected readonly _scalars = ["color"];
  constructor(ctx: HostRequestContext, private readonly range: Range) { super(ctx); }
  protected _read(tx: SyncTx): unknown { return readStyle(this.range, tx, "fill"); }
  get color(): string { return this._get("color"); }
  set color(v: string) { writeStyle(this.range, "fill", v, "RangeFill.color="); }
  clear(): void { writeStyle(this.range, "fill", null, "RangeFill.clear"); }
}

export class RangeFormat extends ClientObject {
  protected readonly _typeName = "RangeFormat";
  protected readonly _scalars = ["columnWidth", "rowHeight", "horizontalAlignment", "verticalAlignment", "wrapText"];
  private _font?: RangeFont;
  private _fill?: RangeFill;
  constructor(ctx: HostRequestContext, private readonly range: Range) { super(ctx); }
  protected _read(tx: SyncTx, name: string): unknown {
    if (name === "columnWidth" || name === "rowHeight") return readSize(this.range, tx, name);
    return ({ horizontalAlignment: "General", verticalAlignment: "Bottom", wrapText: false } as Record<string, unknown>)[name];
  }
  protected override _navigate(name: string): ClientObject | undefined {
    return name === "font" ? this.font : name === "fill" ? this.fill : undefined;
  }
  get font(): RangeFont { return (this._font ??= new RangeFont(this.context, this.range)); }
  get fill(): RangeFill { return (this._fill ??= new RangeFill(this.context, this.range)); }
  get columnWidth(): number { return this._get("columnWidth"); }
  set columnWidth(v: number) { writeSize(this.range, "columnWidth", v); }
  get rowHeight(): number { return this._get("rowHeight"); }
  set rowHeight(v: number) { writeSize(this.range, "rowHeight", v); }
  get horizontalAlignment(): string { return this._get("horizontalAlignment"); }
  set horizontalAlignment(_v: string) { acceptOnly(this.range, "RangeFormat.horizontalAlignment="); }
  get verticalAlignment(): string { return this._get("verticalAlignment"); }
  set verticalAlignment(_v: string) { acceptOnly(this.range, "RangeFormat.verticalAlignment="); }
  get wrapText(): boolean { return this._get("wrapText"); }
  set wrapText(_v: boolean) { acceptOnly(this.range, "RangeFormat.wrapText="); }
  autofitColumns(): void { acceptOnly(this.range, "RangeFormat.autofitColumns"); }
  autofitRows(): void { acceptOnly(this.range, "RangeFormat.autofitRows"); }
}
