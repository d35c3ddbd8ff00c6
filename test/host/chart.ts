/** Excel.Chart, recorded rather than drawn: type, source address, series direction, title, position, series (chart-series.ts). */
import { formatAddress } from "./a1";
import { ClientObject, type HostRequestContext, type SyncTx } from "./context";
import { ErrorCode, officeError } from "./errors";
import type { ChartModel } from "./model";
import { CollectionObject, KeyedObject } from "./proxy";
import type { Range } from "./range";
import { assertWritable } from "./cell-ops";
import type { Worksheet } from "./worksheet";
import { ChartSeriesCollection, seriesOfSource } from "./chart-series";

export class ChartTitle extends ClientObject {
  protected readonly _typeName = "ChartTitle";
  protected readonly _scalars = ["text", "visible"];
  constructor(ctx: HostRequestContext, private readonly chart: Chart) { super(ctx); }
  protected _read(tx: SyncTx, name: string): unknown {
    const c = this.chart._chartOf(tx);
    return name === "text" ? c.title : c.title !== "";
  }
  get text(): string { return this._get("text"); }
  set text(value: string) {
    this.context._enqueue({ label: "ChartTitle.text=", bytes: 60 + value.length, run: (tx) => { this.chart._chartOf(tx).title = value; } });
  }
  get visible(): boolean { return this._get("visible"); }
  set visible(_v: boolean) {
    this.context._enqueue({ label: "ChartTitle.visible=", bytes: 60, run: (tx) => void this.chart._chartOf(tx) });
  }
}

export class Chart extends KeyedObject<string> {
  protected readonly _typeName = "Chart";
  protected readonly _scalars = ["id", "name", "chartType", "height", "width", "top", "left"];
  private _title?: ChartTitle;
  private _series?: ChartSeriesCollection;

  /** @internal */
  _chartOf(tx: SyncTx): ChartModel {
    const c = this.context.host.wb.state.charts.find((x) => x.id === this._keyOf(tx));
    if (!c) throw officeError(ErrorCode.itemNotFound, "The chart was deleted.", "Chart");
    return c;
  }
  protected _read(tx: SyncTx, name: string): unknown {
    const c = this._chartOf(tx);
    if (name === "chartType") return c.type;
    if (name === "id" || name === "name") return c[name];
    return ({ height: 216, width: 360, top: 0, left: 0 } as Record<string, number>)[name];
  }
  protected override _navigate(name: string): ClientObject | undefined {
    return name === "title" ? this.title : name === "series" ? this.series : undefined;
  }
  get id(): string { return this._get("id"); }
  get name(): string { return this._get("name"); }
  set name(v: string) { this._write("Chart.name=", v, (tx) => { this._chartOf(tx).name = v; }); }
  get chartType(): string { return this._get("chartType"); }
  set chartType(v: string) { this._write("Chart.chartType=", v, (tx) => { this._chartOf(tx).type = v; }); }
  get title(): ChartTitle { return (this._title ??= new ChartTitle(this.context, this)); }
  get series(): ChartSeriesCollection { return (this._series ??= new ChartSeriesCollection(this.context, (tx) => this._chartOf(tx))); }

  setPosition(startCell: Range | string, endCell?: Range | string): void {
    this._write("Chart.setPosition", null, (tx) => {
      const c = this._chartOf(tx);
      const addr = (x: Range | string) => (typeof x === "string" ? x : formatAddress(x._target(tx).sheet.name, x._target(tx).rect).split("!")[1]);
      c.position = { start: addr(startCell), end: endCell === undefined ? null : addr(endCell) };
    });
  }
  setData(sourceData: Range, seriesBy = "Auto"): void {
    this._write("Chart.setData", null, (tx) => {
      const c = this._chartOf(tx);
      const t = sourceData._target(tx);
      c.source = formatAddress(t.sheet.name, t.rect);
      c.seriesBy = seriesBy;
      c.series = seriesOfSource(this.context.host.wb, t.sheet, t.rect, seriesBy, () => this.context.host.wb.newId("series"));
    });
  }
  delete(): void {
    this._write("Chart.delete", null, (tx) => {
      const c = this._chartOf(tx);
      const state = this.context.host.wb.state;
      state.charts = state.charts.filter((x) => x !== c);
    });
  }
}

export class ChartCollection extends CollectionObject<Chart> {
  protected readonly _typeName = "ChartCollection";
  constructor(ctx: HostRequestContext, private readonly sheet: Worksheet) { super(ctx); }
  protected _members(tx: SyncTx): Chart[] {
    const id = this.sheet._sheetOf(tx).id;
    return this.context.host.wb.state.charts.filter((c) => c.sheetId === id).map((c) => new Chart(this.context, () => c.id, false, null, c.id));
  }
  private _find(tx: SyncTx, name: string): ChartModel | undefined {
    const id = this.sheet._sheetOf(tx).id;
    return this.context.host.wb.state.charts.find((c) => c.sheetId === id && c.name.toLowerCase() === name.toLowerCase());
  }
  /** Records a chart of `type` over `sourceData` (ExcelApi 1.1), its series laid out as `seriesOfSource` says. */
  add(type: string, sourceData: Range, seriesBy = "Auto"): Chart {
    return new Chart(this.context, (tx) => {
      const sheet = this.sheet._sheetOf(tx);
      assertWritable(this.context.host.wb, sheet);
      const src = sourceData._target(tx);
      const wb = this.context.host.wb;
      let i = 1;
      while (wb.state.charts.some((c) => c.sheetId === sheet.id && c.name === `Chart ${i}`)) i++;
      const chart: ChartModel = {
        id: wb.newId("chart"), name: `Chart ${i}`, sheetId: sheet.id, type,
        source: formatAddress(src.sheet.name, src.rect), seriesBy, title: "", position: null,
        series: seriesOfSource(wb, src.sheet, src.rect, seriesBy, () => wb.newId("series")),
      };
      wb.state.charts = [...wb.state.charts, chart];
      return chart.id;
    }, false, "ChartCollection.add");
  }
  getItem(name: string): Chart {
    return new Chart(this.context, (tx) => {
      const c = this._find(tx, name);
      if (!c) throw officeError(ErrorCode.itemNotFound, `The chart '${name}' doesn't exist.`, "ChartCollection.getItem");
      return c.id;
    }, false, "ChartCollection.getItem");
  }
  getItemOrNullObject(name: string): Chart {
    return new Chart(this.context, (tx) => this._find(tx, name)?.id ?? null, true, "ChartCollection.getItemOrNullObject");
  }
  getItemAt(index: number): Chart {
    return new Chart(this.context, (tx) => {
      const c = this._members(tx)[index];
      if (!c) throw officeError(ErrorCode.itemNotFound, `No chart at index ${index}.`);
      return c._keyOf(tx);
    }, false, "ChartCollection.getItemAt");
  }
}
