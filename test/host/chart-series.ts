/**
 * A chart's series (Excel.ChartSeries, ChartSeriesCollection): which cells each plots and its
 * name, as `charts.add` lays them out from its source and the series API (ExcelApi 1.7) changes them.
 */
import { formatAddress, parseRect, splitSheet, type Rect } from "./a1";
import type { HostRequestContext, SyncTx } from "./context";
import { cellValue, assertWritable } from "./cell-ops";
import { ErrorCode, officeError } from "./errors";
import type { ChartModel, SeriesModel, SheetModel, Workbook } from "./model";
import { CollectionObject, KeyedObject } from "./proxy";
import type { Range } from "./range";
import type { CellValue } from "./types";

const isText = (v: CellValue) => typeof v === "string" && v !== "";

/**
 * The series `charts.add` makes of `rect`: one per column ("Rows": per row). As Excel does for a
 * table's range, a first column (row) of text below the corner is the categories, and a first row
 * (column) of text over the numbers names the series; else names are `Series1`, `Series2` ….
 */
export function seriesOfSource(wb: Workbook, sheet: SheetModel, rect: Rect, seriesBy: string, newId: () => string): SeriesModel[] {
  const byRows = seriesBy === "Rows";
  const at = (line: number, i: number) => (byRows ? cellValue(wb, sheet, rect.r0 + line, rect.c0 + i) : cellValue(wb, sheet, rect.r0 + i, rect.c0 + line));
  const lines = byRows ? rect.r1 - rect.r0 + 1 : rect.c1 - rect.c0 + 1;
  const length = byRows ? rect.c1 - rect.c0 + 1 : rect.r1 - rect.r0 + 1;
  const range = (line: number, from: number): string => {
    const r: Rect = byRows ? { r0: rect.r0 + line, r1: rect.r0 + line, c0: rect.c0 + from, c1: rect.c1 } : { r0: rect.r0 + from, r1: rect.r1, c0: rect.c0 + line, c1: rect.c0 + line };
    return formatAddress(sheet.name, r);
  };
  // The corner over the categories may be empty.
  const named = length > 1 && Array.from({ length: lines }, (_, l) => (l === 0 && lines > 1 ? typeof at(0, 0) === "string" : isText(at(l, 0)))).every(Boolean);
  const first = named ? 1 : 0;
  const categories = lines > 1 && Array.from({ length: length - first }, (_, i) => at(0, first + i)).every((v) => typeof v === "string");
  const firstSeries = categories ? 1 : 0;
  return Array.from({ length: lines - firstSeries }, (_, k) => {
    const line = firstSeries + k;
    return { id: newId(), name: named ? String(at(line, 0)) : `Series${k + 1}`, values: range(line, first), xValues: categories ? range(0, first) : null };
  });
}

/** The cells of `address` (a single row or column), in order. */
export function cellsAt(wb: Workbook, address: string | null): CellValue[] {
  if (address === null) return [];
  const { sheet: name, cells } = splitSheet(address);
  const sheet = wb.sheetByName(name ?? "");
  if (!sheet) return [];
  const r = parseRect(cells);
  const out: CellValue[] = [];
  for (let row = r.r0; row <= r.r1; row++) for (let c = r.c0; c <= r.c1; c++) out.push(cellValue(wb, sheet, row, c));
  return out;
}

export class ChartSeries extends KeyedObject<string> {
  protected readonly _typeName = "ChartSeries";
  protected readonly _scalars = ["name"];
  constructor(ctx: HostRequestContext, private readonly chartOf: (tx: SyncTx) => ChartModel, resolve: (tx: SyncTx) => string | null, label: string | null, pre?: string) {
    super(ctx, resolve, false, label, pre);
  }
  private _seriesOf(tx: SyncTx): SeriesModel {
    const s = this.chartOf(tx).series.find((x) => x.id === this._keyOf(tx));
    if (!s) throw officeError(ErrorCode.itemNotFound, "The series was deleted.", "ChartSeries");
    return s;
  }
  protected _read(tx: SyncTx): unknown {
    return this._seriesOf(tx).name;
  }
  get name(): string { return this._get("name"); }
  set name(v: string) { this._write("ChartSeries.name=", v, (tx) => { this._seriesOf(tx).name = v; }); }
  /** Plots `source`'s cells (ExcelApi 1.7). */
  setValues(source: Range): void {
    this._write("ChartSeries.setValues", null, (tx) => { this._seriesOf(tx).values = addressOf(tx, source); });
  }
  /** Takes the category (x-axis) labels from `source` (ExcelApi 1.7). */
  setXAxisValues(source: Range): void {
    this._write("ChartSeries.setXAxisValues", null, (tx) => { this._seriesOf(tx).xValues = addressOf(tx, source); });
  }
  delete(): void {
    this._write("ChartSeries.delete", null, (tx) => {
      const c = this.chartOf(tx);
      const s = this._seriesOf(tx);
      c.series = c.series.filter((x) => x !== s);
    });
  }
}

function addressOf(tx: SyncTx, range: Range): string {
  const t = range._target(tx);
  return formatAddress(t.sheet.name, t.rect);
}

export class ChartSeriesCollection extends CollectionObject<ChartSeries> {
  protected readonly _typeName = "ChartSeriesCollection";
  constructor(ctx: HostRequestContext, private readonly chartOf: (tx: SyncTx) => ChartModel) { super(ctx); }
  protected _members(tx: SyncTx): ChartSeries[] {
    return this.chartOf(tx).series.map((s) => new ChartSeries(this.context, this.chartOf, () => s.id, null, s.id));
  }
  getItemAt(index: number): ChartSeries {
    return new ChartSeries(this.context, this.chartOf, (tx) => {
      const s = this.chartOf(tx).series[index];
      if (!s) throw officeError(ErrorCode.itemNotFound, `No series at index ${index}.`, "ChartSeriesCollection.getItemAt");
      return s.id;
    }, "ChartSeriesCollection.getItemAt");
  }
  /** A new series with no values yet (ExcelApi 1.7), at the end or at `index`. */
  add(name?: string, index?: number): ChartSeries {
    return new ChartSeries(this.context, this.chartOf, (tx) => {
      const c = this.chartOf(tx);
      assertWritable(this.context.host.wb, this.context.host.wb.sheetById(c.sheetId)!);
      const s: SeriesModel = { id: this.context.host.wb.newId("series"), name: name ?? `Series${c.series.length + 1}`, values: null, xValues: null };
      const at = index === undefined ? c.series.length : index;
      c.series = [...c.series.slice(0, at), s, ...c.series.slice(at)];
      return s.id;
    }, "ChartSeriesCollection.add");
  }
}
