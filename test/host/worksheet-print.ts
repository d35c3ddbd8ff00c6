/**
 * What a worksheet prints (ExcelApi 1.9): its page layout, manual page breaks and pictures
 * (`shapes.addImage`), with column widths and row heights in points (`RangeFormat`). Recorded,
 * never drawn; positions are the points given, as Excel keeps them.
 */
import { ClientObject, type HostRequestContext, type SyncTx } from "./context";
import { ErrorCode, officeError } from "./errors";
import type { PrintModel, ShapeModel, SheetModel, Workbook } from "./model";
import { CollectionObject, KeyedObject } from "./proxy";
import { assertWritable } from "./cell-ops";

/** Excel's defaults: 8.43 characters (64 px) wide, 15 pt high; margins of the "Normal" preset, in points. */
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

/** The sheet's print model, created with Excel's defaults on first use. */
export function printOf(sheet: SheetModel): PrintModel {
  return (sheet.print ??= {
    columnWidths: {}, rowHeights: {}, paperSize: "Letter", orientation: "Portrait",
    margins: { top: 54, bottom: 54, left: 50.4, right: 50.4, header: 21.6, footer: 21.6 },
    printGridlines: false, showGridlines: true, zoom: { scale: 100 }, rowBreaks: [], shapes: [],
  });
}

type SheetOf = (tx: SyncTx) => SheetModel;

/** Queues a change to the print model of a writable sheet. */
function change(ctx: HostRequestContext, sheetOf: SheetOf, label: string, payload: unknown, run: (p: PrintModel, tx: SyncTx) => void): void {
  ctx._enqueue({
    label,
    bytes: 40 + label.length + JSON.stringify(payload ?? null).length,
    run: (tx) => {
      const sheet = sheetOf(tx);
      assertWritable(ctx.host.wb, sheet);
      run(printOf(sheet), tx);
    },
  });
}

const MARGIN_UNITS: Record<string, number> = { Points: 1, Inches: 72, Centimeters: 72 / 2.54 };

export class PageLayout extends ClientObject {
  protected readonly _typeName = "PageLayout";
  protected readonly _scalars = [
    "paperSize", "orientation", "leftMargin", "rightMargin", "topMargin", "bottomMargin", "headerMargin", "footerMargin", "printGridlines", "zoom",
  ];
  constructor(ctx: HostRequestContext, private readonly sheetOf: SheetOf) { super(ctx); }
  protected _read(tx: SyncTx, name: string): unknown {
    const p = printOf(this.sheetOf(tx));
    if (name.endsWith("Margin")) return p.margins[name.slice(0, -"Margin".length) as keyof PrintModel["margins"]];
    return name === "zoom" ? { ...p.zoom } : (p as unknown as Record<string, unknown>)[name];
  }
  private set(name: string, value: unknown, apply: (p: PrintModel) => void): void {
    change(this.context, this.sheetOf, `PageLayout.${name}=`, value, apply);
  }
  get paperSize(): string { return this._get("paperSize"); }
  set paperSize(v: string) { this.set("paperSize", v, (p) => { p.paperSize = v; }); }
  get orientation(): string { return this._get("orientation"); }
  set orientation(v: string) { this.set("orientation", v, (p) => { p.orientation = v; }); }
  get printGridlines(): boolean { return this._get("printGridlines"); }
  set printGridlines(v: boolean) { this.set("printGridlines", v, (p) => { p.printGridlines = v; }); }
  get zoom(): PrintModel["zoom"] { return this._get("zoom"); }
  /** Set as a whole object, as the `zoom` doc comment requires. */
  set zoom(v: PrintModel["zoom"]) {
    this.set("zoom", v, (p) => {
      if (v.scale !== undefined && (v.scale < 10 || v.scale > 400)) throw officeError(ErrorCode.invalidArgument, "The print scale is 10-400 %.", "PageLayout.zoom");
      p.zoom = { ...v };
    });
  }
  get leftMargin(): number { return this._get("leftMargin"); }
  set leftMargin(v: number) { this.set("leftMargin", v, (p) => { p.margins.left = v; }); }
  get rightMargin(): number { return this._get("rightMargin"); }
  set rightMargin(v: number) { this.set("rightMargin", v, (p) => { p.margins.right = v; }); }
  get topMargin(): number { return this._get("topMargin"); }
  set topMargin(v: number) { this.set("topMargin", v, (p) => { p.margins.top = v; }); }
  get bottomMargin(): number { return this._get("bottomMargin"); }
  set bottomMargin(v: number) { this.set("bottomMargin", v, (p) => { p.margins.bottom = v; }); }
  get headerMargin(): number { return this._get("headerMargin"); }
  set headerMargin(v: number) { this.set("headerMargin", v, (p) => { p.margins.header = v; }); }
  get footerMargin(): number { return this._get("footerMargin"); }
  set footerMargin(v: number) { this.set("footerMargin", v, (p) => { p.margins.footer = v; }); }

  /** Margins in `unit` (Points, Inches, Centimeters); the ones left out stay. */
  setPrintMargins(unit: string, options: Partial<PrintModel["margins"]>): void {
    change(this.context, this.sheetOf, "PageLayout.setPrintMargins", options, (p) => {
      const factor = MARGIN_UNITS[unit];
      if (factor === undefined) throw officeError(ErrorCode.invalidArgument, `'${unit}' is not a margin unit.`, "PageLayout.setPrintMargins");
      for (const [key, value] of Object.entries(options)) {
        if (typeof value !== "number" || value < 0) throw officeError(ErrorCode.invalidArgument, `A margin is a number ≥ 0 (${key}).`, "PageLayout.setPrintMargins");
        p.margins[key as keyof PrintModel["margins"]] = value * factor;
      }
    });
  }
}

export class PageBreak extends ClientObject {
  protected readonly _typeName = "PageBreak";
  protected readonly _scalars = ["rowIndex", "columnIndex"];
  constructor(ctx: HostRequestContext, private readonly row: number) { super(ctx); }
  protected _read(_tx: SyncTx, name: string): unknown { return name === "rowIndex" ? this.row : 0; }
  get rowIndex(): number { return this._get("rowIndex"); }
  get columnIndex(): number { return this._get("columnIndex"); }
}

/** `Worksheet.horizontalPageBreaks`: a manual break above a row. */
export class PageBreakCollection extends CollectionObject<PageBreak> {
  protected readonly _typeName = "PageBreakCollection";
  constructor(ctx: HostRequestContext, private readonly sheetOf: SheetOf) { super(ctx); }
  protected _members(tx: SyncTx): PageBreak[] {
    return printOf(this.sheetOf(tx)).rowBreaks.map((row) => new PageBreak(this.context, row));
  }
  /** A break above the top-left cell of `range` (a range proxy or an A1 address on this sheet). */
  add(range: { _target(tx: SyncTx): { rect: { r0: number } } } | string): PageBreak {
    change(this.context, this.sheetOf, "PageBreakCollection.add", typeof range === "string" ? range : null, (p, tx) => {
      const row = typeof range === "string" ? rowOfAddress(range) : range._target(tx).rect.r0;
      if (row === 0) throw officeError(ErrorCode.invalidArgument, "There is no page break above the first row.", "PageBreakCollection.add");
      if (!p.rowBreaks.includes(row)) p.rowBreaks = [...p.rowBreaks, row].sort((a, b) => a - b);
    });
    return new PageBreak(this.context, -1);
  }
  removePageBreaks(): void {
    change(this.context, this.sheetOf, "PageBreakCollection.removePageBreaks", null, (p) => { p.rowBreaks = []; });
  }
}

function rowOfAddress(address: string): number {
  const match = /(\d+)/.exec(address.split("!").pop() ?? "");
  if (!match) throw officeError(ErrorCode.invalidArgument, `'${address}' is not a cell.`, "PageBreakCollection.add");
  return Number(match[1]) - 1;
}

/** Width and height in points of a PNG (from its header) at 96 dpi; JPEG sizes are not read (100 × 100). */
function naturalSize(base64: string): { width: number; height: number } {
  if (base64.startsWith("iVBORw0KGgo")) {
    const head = atob(base64.slice(0, 32));
    const int = (at: number) => ((head.charCodeAt(at) << 24) | (head.charCodeAt(at + 1) << 16) | (head.charCodeAt(at + 2) << 8) | head.charCodeAt(at + 3)) >>> 0;
    return { width: int(16) * 0.75, height: int(20) * 0.75 };
  }
  if (base64.startsWith("/9j/")) return { width: 100, height: 100 };
  throw officeError(ErrorCode.invalidArgument, "addImage takes a Base64-encoded PNG or JPEG image.", "ShapeCollection.addImage");
}

export class Shape extends KeyedObject<string> {
  protected readonly _typeName = "Shape";
  protected readonly _scalars = ["id", "name", "left", "top", "width", "height", "type", "altTextDescription"];
  constructor(ctx: HostRequestContext, private readonly sheetOf: SheetOf, resolver: (tx: SyncTx) => string | null, nullable: boolean, label: string | null) {
    super(ctx, resolver, nullable, label);
  }
  /** @internal */
  _shapeOf(tx: SyncTx): ShapeModel {
    const found = printOf(this.sheetOf(tx)).shapes.find((s) => s.id === this._keyOf(tx));
    if (!found) throw officeError(ErrorCode.itemNotFound, "The shape was deleted.", "Shape");
    return found;
  }
  protected _read(tx: SyncTx, name: string): unknown {
    return name === "type" ? "Image" : (this._shapeOf(tx) as unknown as Record<string, unknown>)[name];
  }
  private set(name: "name" | "left" | "top" | "width" | "height" | "altTextDescription", value: string | number): void {
    this._write(`Shape.${name}=`, value, (tx) => {
      assertWritable(this.context.host.wb, this.sheetOf(tx));
      if (typeof value === "number" && (!Number.isFinite(value) || (value < 0 && (name === "width" || name === "height")))) {
        throw officeError(ErrorCode.invalidArgument, `Shape.${name} cannot be ${value}.`, `Shape.${name}`);
      }
      (this._shapeOf(tx) as unknown as Record<string, unknown>)[name] = value;
    });
  }
  get id(): string { return this._get("id"); }
  get name(): string { return this._get("name"); }
  set name(v: string) { this.set("name", v); }
  get left(): number { return this._get("left"); }
  set left(v: number) { this.set("left", v); }
  get top(): number { return this._get("top"); }
  set top(v: number) { this.set("top", v); }
  get width(): number { return this._get("width"); }
  set width(v: number) { this.set("width", v); }
  get height(): number { return this._get("height"); }
  set height(v: number) { this.set("height", v); }
  get altTextDescription(): string { return this._get("altTextDescription"); }
  set altTextDescription(v: string) { this.set("altTextDescription", v); }
  get type(): string { return this._get("type"); }
  delete(): void {
    this._write("Shape.delete", null, (tx, id) => {
      const p = printOf(this.sheetOf(tx));
      p.shapes = p.shapes.filter((s) => s.id !== id);
    });
  }
}

export class ShapeCollection extends CollectionObject<Shape> {
  protected readonly _typeName = "ShapeCollection";
  constructor(ctx: HostRequestContext, private readonly sheetOf: SheetOf) { super(ctx); }
  protected _members(tx: SyncTx): Shape[] {
    return printOf(this.sheetOf(tx)).shapes.map((s) => new Shape(this.context, this.sheetOf, () => s.id, false, null));
  }
  /** A picture at the sheet's top-left corner at its own size (96 dpi); the request carries the whole image. */
  addImage(base64: string): Shape {
    const wb: Workbook = this.context.host.wb;
    const shape = new Shape(this.context, this.sheetOf, (tx) => {
      const sheet = this.sheetOf(tx);
      assertWritable(wb, sheet);
      const p = printOf(sheet);
      const id = wb.newId("shape");
      p.shapes = [...p.shapes, { id, name: `Picture ${p.shapes.length + 1}`, base64, left: 0, top: 0, ...naturalSize(base64), altTextDescription: "" }];
      return id;
    }, false, "ShapeCollection.addImage");
    const queued = this.context.queue[this.context.queue.length - 1];
    queued.bytes += base64.length;
    return shape;
  }
  getItem(key: string): Shape {
    return new Shape(this.context, this.sheetOf, (tx) => {
      const found = printOf(this.sheetOf(tx)).shapes.find((s) => s.id === key || s.name.toLowerCase() === key.toLowerCase());
      if (!found) throw officeError(ErrorCode.itemNotFound, `No shape '${key}'.`, "ShapeCollection.getItem");
      return found.id;
    }, false, "ShapeCollection.getItem");
  }
}
