/** createTestHost: seeds the model, builds the namespaces, and offers inspection and user actions. */
import { formatAddress, MAX_COLS, parseRect, splitSheet, type Rect } from "./a1";
import { HostRequestContext, SyncTx } from "./context";
import { FIVE_MB, HostCore } from "./host-core";
import { hostCulture } from "./culture";
import { Workbook as Model, type ChartModel, type SheetModel, type TableModel, type WorkbookState } from "./model";
import { createExcelNamespace, createOfficeExtensionNamespace, createOfficeNamespace } from "./namespaces";
import { cellValue, readBlock, writeCells } from "./cell-ops";
import { deleteUp, insertDown } from "./row-ops";
import { Ribbon } from "./ribbon";
import { enforceApiSets } from "./api-check";
import { AutoFilter } from "./auto-filter";
import { Chart, ChartCollection, ChartTitle } from "./chart";
import { cellsAt, ChartSeries, ChartSeriesCollection, seriesOfSource } from "./chart-series";
import { RangeAreas, RangeCollection } from "./range-areas";
import { WorkbookRangeAreas } from "./dependents";
import { RangeFill, RangeFont, RangeFormat } from "./range-format";
import { Range } from "./range";
import { TableColumn, TableColumnCollection, TableRowCollection } from "./table-parts";
import { Table, TableCollection } from "./table";
import { Application, CultureInfo, NumberFormatInfo, Setting, SettingCollection, Workbook as WorkbookProxy } from "./workbook";
import { WorksheetCustomProperty, WorksheetCustomPropertyCollection, WorksheetProtection } from "./worksheet-parts";
import { Worksheet, WorksheetCollection } from "./worksheet";
import { PageBreak, PageBreakCollection, PageLayout, Shape, ShapeCollection } from "./worksheet-print";
import { printInfo, shapeInfo } from "./print-info";
import { Note, NoteCollection } from "./notes";
import { Comment, CommentCollection, CommentReply, CommentReplyCollection } from "./comments";
import { commentsOf, notesOf, seedCellItems, snapshotItems, userComment, userNote } from "./cell-items-host";
import { cfInfo, seedCfs } from "./conditional-formats";
import * as cfProxies from "./conditional-format-proxies";

// Every proxy class under its name in the Excel namespace: calls above maxExcelApi fail (api-check.ts).
enforceApiSets({
  Application, AutoFilter, Chart, ChartSeries, ChartSeriesCollection, CultureInfo, NumberFormatInfo, ChartCollection, ChartTitle, Range, RangeAreas, RangeCollection, RangeFill, RangeFont, RangeFormat,
  Setting, SettingCollection, Table, TableCollection, TableColumn, TableColumnCollection, TableRowCollection,
  Workbook: WorkbookProxy, Worksheet, WorksheetCollection, WorksheetCustomProperty, WorksheetCustomPropertyCollection,
  WorksheetProtection, WorkbookRangeAreas, PageLayout, PageBreak, PageBreakCollection, Shape, ShapeCollection, ...cfProxies,
  Note, NoteCollection, Comment, CommentCollection, CommentReply, CommentReplyCollection,
});
import { fixHeaders } from "./table";
import type { CellStyle, CellValue, ChartInfo, HostSeed, OfficeCalls, TableInfo, TestHost, WorkbookSnapshot } from "./types";

/** Lays out the series of the seeded charts that came without them, as `charts.add` does. */
function seriesOfSeeds(model: Model): void {
  for (const c of model.state.charts as (ChartModel & { unlaid?: boolean })[]) {
    if (!c.unlaid) continue;
    delete c.unlaid;
    const { sheet, rect } = locate(model, c.source, model.sheetById(c.sheetId)!.name);
    c.series = seriesOfSource(model, sheet, rect, c.seriesBy, () => model.newId("series"));
  }
}

function seedState(seed: HostSeed): WorkbookState {
  const state: WorkbookState = { sheets: [], activeId: "", selection: { sheetId: "", rects: [] }, tables: [], charts: [], settings: {}, nextId: 0 };
  const id = (p: string) => `{${p}-${String(++state.nextId).padStart(8, "0")}}`;
  for (const s of seed.sheets?.length ? seed.sheets : [{ name: "Sheet1" }]) {
    const sheet: SheetModel = { id: id("sheet"), name: s.name, protected: !!s.protected, rows: [], custom: { ...s.customProperties } };
    if (s.autoFilter) {
      sheet.filter = { rect: parseRect(splitSheet(s.autoFilter.address).cells), hidden: (s.autoFilter.hiddenRows ?? []).map((row) => row - 1) };
    }
    const cfs = seedCfs(s.conditionalFormats, () => id("cf"), (a) => parseRect(a));
    if (cfs) sheet.cf = cfs;
    const height = Math.max(s.values?.length ?? 0, s.formats?.length ?? 0, s.formulas?.length ?? 0, s.styles?.length ?? 0);
    for (let r = 0; r < height; r++) {
      const v = s.values?.[r], n = s.formats?.[r], f = s.formulas?.[r], st = s.styles?.[r];
      if (!v && !n && !f && !st) continue;
      if (f) sheet.hasFormulas = true;
      sheet.rows[r] = {
        v: v ? v.map((x) => (x === null || x === undefined ? "" : x)) : [],
        ...(n ? { n: n.map((x) => (x && x !== "General" ? x : undefined)) } : {}),
        ...(f ? { f: f.map((x) => (typeof x === "string" && x.startsWith("=") ? x : undefined)) } : {}),
        ...(st ? { s: st.map((x) => (x && Object.keys(x).length ? { ...x } : undefined)) } : {}),
      };
    }
    (s.charts ?? []).forEach((c, i) => {
      state.charts.push({
        id: id("chart"), name: c.name ?? `Chart ${i + 1}`, sheetId: sheet.id, type: c.type, source: c.source,
        seriesBy: c.seriesBy ?? "Auto", title: c.title ?? "", position: c.position ? { ...c.position } : null,
        // Series not seeded are laid out from the source once every sheet is in (seriesOfSeeds).
        series: (c.series ?? []).map((x) => ({ id: id("series"), name: x.name, values: x.values, xValues: x.xValues })),
        ...(c.series ? {} : { unlaid: true }),
      });
    });
    seedCellItems(sheet, s, id);
    state.sheets.push(sheet);
    for (const t of s.tables ?? []) {
      const rect = parseRect(splitSheet(t.address).cells);
      const table: TableModel = {
        id: id("table"), name: t.name ?? `Table${state.tables.length + 1}`, sheetId: sheet.id, rect,
        showHeaders: true, showTotals: !!t.showTotals, style: t.style ?? "TableStyleMedium2",
        ...(t.hiddenRows ? { filter: { hidden: t.hiddenRows.map((row) => row - 1) } } : {}),
      };
      const header = (sheet.rows[rect.r0] ??= { v: [] });
      const names = fixHeaders(Array.from({ length: rect.c1 - rect.c0 + 1 }, (_, i) => header.v[rect.c0 + i]));
      names.forEach((name, i) => { header.v[rect.c0 + i] = name; });
      state.tables.push(table);
    }
  }
  const active = seed.active ? state.sheets.find((s) => s.name === seed.active) : state.sheets[0];
  if (!active) throw new Error(`test host seed: no sheet named '${seed.active}'`);
  state.activeId = active.id;
  state.selection = { sheetId: active.id, rects: [{ r0: 0, c0: 0, r1: 0, c1: 0 }] };
  for (const [k, v] of Object.entries(seed.settings ?? {})) state.settings[k] = JSON.stringify(v);
  return state;
}

/** Parses "Sheet1!A5:D7" (or "A5" on the active sheet) into sheet + rect. */
function locate(model: Model, address: string, defaultSheet?: string): { sheet: SheetModel; rect: Rect } {
  const { sheet: name, cells } = splitSheet(address);
  const sheet = name ? model.sheetByName(name) : defaultSheet ? model.sheetByName(defaultSheet) : model.sheetById(model.state.activeId);
  if (!sheet) throw new Error(`test host: no sheet for '${address}'`);
  return { sheet, rect: parseRect(cells) };
}

function extent(sheet: SheetModel, withFormats: boolean): { rows: number; cols: number } {
  let rows = 0, cols = 0;
  sheet.rows.forEach((row, r) => {
    if (!row) return;
    let last = -1;
    const width = Math.max(row.v.length, row.f?.length ?? 0, withFormats ? Math.max(row.n?.length ?? 0, row.s?.length ?? 0) : 0);
    for (let c = 0; c < width; c++) {
      const has = (row.v[c] !== "" && row.v[c] !== undefined && row.v[c] !== null) || row.f?.[c] !== undefined ||
        (withFormats && (row.n?.[c] !== undefined || row.s?.[c] !== undefined));
      if (has) last = c;
    }
    if (last >= 0) {
      rows = r + 1;
      cols = Math.max(cols, last + 1);
    }
  });
  return { rows, cols };
}

/**
 * ExcelApi of a host seeded without `maxExcelApi`: "1.20", unless the test run sets the global
 * `__HOST_EXCEL_API__` (jest.config.js runs the app and adapter suites once per supported version).
 */
function defaultExcelApi(): string {
  const chosen = (globalThis as { __HOST_EXCEL_API__?: unknown }).__HOST_EXCEL_API__;
  return typeof chosen === "string" ? chosen : "1.20";
}

/** Creates a strict Office.js test host holding the seed workbook (default: one empty "Sheet1"). */
export function createHost(seed: HostSeed = {}): TestHost {
  const model = new Model(seedState(seed));
  seriesOfSeeds(model);
  model.protectedSheetCode = seed.protectedSheetErrorCode ?? "AccessDenied";
  const maxExcelApi = seed.maxExcelApi ?? defaultExcelApi();
  const core = new HostCore(model, seed.payloadLimitBytes ?? FIVE_MB, seed.today, maxExcelApi);
  core.platform = seed.platform ?? "OfficeOnline";
  core.culture = hostCulture(seed.culture);
  const calls: OfficeCalls = { associated: [], dropped: [], completed: [], dialogs: [], showAsTaskpane: 0, hide: 0 };
  const ribbon = new Ribbon(calls);
  const Excel = createExcelNamespace(core);
  const Office = createOfficeNamespace({
    platform: seed.platform ?? "OfficeOnline",
    requirementSets: { ExcelApi: maxExcelApi, SharedRuntime: "1.1", RibbonApi: "1.1", DialogApi: "1.2", AddinCommands: "1.1" },
    calls,
    ribbon,
    pane: seed.pane,
    contentLanguage: core.culture.name,
    showAsTaskpaneIgnored: seed.showAsTaskpaneIgnored,
  });
  const OfficeExtension = createOfficeExtensionNamespace();
  const select = (addresses: string[]) => {
    const areas = addresses.map((a) => locate(model, a));
    model.state.activeId = areas[0].sheet.id;
    model.state.selection = { sheetId: areas[0].sheet.id, rects: areas.map((a) => a.rect) };
  };
  if (seed.selection) select(Array.isArray(seed.selection) ? seed.selection : [seed.selection]);

  const sheetOf = (name: string) => {
    const s = model.sheetByName(name);
    if (!s) throw new Error(`test host: no sheet named '${name}'`);
    return s;
  };
  const grid = <T>(sheet: SheetModel, withFormats: boolean, pick: (r: number, c: number) => T): T[][] => {
    const { rows, cols } = extent(sheet, withFormats);
    return rows ? readBlock(sheet, { r0: 0, c0: 0, r1: rows - 1, c1: cols - 1 }, pick) : [];
  };
  const values = (s: SheetModel) => grid(s, false, (r, c): CellValue => cellValue(model, s, r, c));
  const formulas = (s: SheetModel) => grid(s, false, (r, c) => s.rows[r]?.f?.[c] ?? null);
  const formats = (s: SheetModel) => grid(s, true, (r, c) => s.rows[r]?.n?.[c] ?? "General");
  const tableInfo = (t: TableModel): TableInfo => {
    const s = model.sheetById(t.sheetId)!;
    return {
      name: t.name, id: t.id, sheet: s.name, address: formatAddress(s.name, t.rect).split("!").pop()!,
      showHeaders: t.showHeaders, showTotals: t.showTotals, style: t.style,
      headers: readBlock(s, { ...t.rect, r1: t.rect.r0 }, (r, c) => String(cellValue(model, s, r, c)))[0],
    };
  };
  const chartInfo = (c: (typeof model.state.charts)[number]): ChartInfo => ({
    name: c.name, id: c.id, sheet: model.sheetById(c.sheetId)!.name, type: c.type, source: c.source,
    seriesBy: c.seriesBy, title: c.title, position: c.position ? { ...c.position } : null,
    series: c.series.map((x) => ({ name: x.name, values: x.values, xValues: x.xValues, valueCells: cellsAt(model, x.values), categories: cellsAt(model, x.xValues) })),
  });
  const settings = () => Object.fromEntries(Object.entries(model.state.settings).map(([k, v]) => [k, JSON.parse(v)]));
  const selection = () => {
    const s = model.sheetById(model.state.selection.sheetId)!;
    return model.state.selection.rects.map((r) => formatAddress(s.name, r));
  };
  /** A change made by the user, outside any Excel.run: all or nothing, then onChanged with "Unknown". */
  const userChange = (sheetName: string, address: string, change: (tx: SyncTx, sheet: SheetModel, rect: Rect) => void) => {
    const { sheet, rect } = locate(model, address, sheetName);
    const tx = new SyncTx(new HostRequestContext(core));
    model.begin();
    try {
      change(tx, sheet, rect);
    } catch (e) {
      model.rollback();
      for (const undo of tx.onRollback.reverse()) undo();
      throw e;
    }
    model.commit();
    for (const c of tx.changes) core.notify(c.sheetId, c.address, c.changeType, "Unknown");
  };
  const saved = new Map<string, unknown>();
  let installedOn: Record<string, unknown> | null = null;

  const host: TestHost = {
    Excel: Excel as unknown as typeof globalThis.Excel,
    Office: Office as unknown as typeof globalThis.Office,
    OfficeExtension: OfficeExtension as unknown as typeof globalThis.OfficeExtension,
    install(globalObject: object = globalThis) {
      const g = globalObject as Record<string, unknown>;
      for (const [k, v] of Object.entries({ Excel, Office, OfficeExtension })) {
        saved.set(k, g[k]);
        g[k] = v;
      }
      installedOn = g;
    },
    uninstall() {
      if (!installedOn) return;
      for (const [k, v] of saved) {
        if (v === undefined) delete installedOn[k];
        else installedOn[k] = v;
      }
      saved.clear();
      installedOn = null;
    },
    sheetNames: () => model.state.sheets.map((s) => s.name),
    sheetValues: (name) => values(sheetOf(name)),
    sheetFormulas: (name) => formulas(sheetOf(name)),
    sheetFormats: (name) => formats(sheetOf(name)),
    tables: (sheet) => model.state.tables.filter((t) => !sheet || t.sheetId === sheetOf(sheet).id).map(tableInfo),
    charts: (sheet) => model.state.charts.filter((c) => !sheet || c.sheetId === sheetOf(sheet).id).map(chartInfo),
    selection,
    activeSheet: () => model.sheetById(model.state.activeId)!.name,
    settings,
    customProperties: (name) => ({ ...sheetOf(name).custom }),
    shapes: (name) => shapeInfo(sheetOf(name)),
    printSetup: (name) => printInfo(sheetOf(name)),
    notes: (name) => notesOf(sheetOf(name)),
    conditionalFormats: (name) => (sheetOf(name).cf ?? []).map(cfInfo),
    comments: (name) => commentsOf(sheetOf(name)),
    snapshot(): WorkbookSnapshot {
      return {
        sheets: model.state.sheets.map((s) => ({
          name: s.name, protected: s.protected, values: values(s), formulas: formulas(s), formats: formats(s),
          styles: grid(s, true, (r, c): CellStyle | null => (s.rows[r]?.s?.[c] ? { ...s.rows[r]!.s![c] } : null)),
          customProperties: { ...s.custom }, ...snapshotItems(s),
          ...(s.cf?.length ? { conditionalFormats: s.cf.map(cfInfo) } : {}),
        })),
        active: model.sheetById(model.state.activeId)!.name,
        selection: selection(),
        tables: model.state.tables.map(tableInfo),
        charts: model.state.charts.map(chartInfo),
        settings: settings(),
      };
    },
    officeCalls: () => ({
      ...calls, associated: [...calls.associated], dropped: [...calls.dropped], completed: [...calls.completed], dialogs: [...calls.dialogs],
    }),
    pressRibbon: (functionId) => ribbon.press(functionId),
    deliveredEvents: () => core.delivered.map((e) => ({ ...e })),
    stats: core.stats,
    resetStats: () => core.resetStats(),
    userEdit(sheetName, address, input) {
      userChange(sheetName, address, (tx, sheet, rect) => writeCells(tx, sheet, rect, "values", input));
    },
    userInsertRows(sheetName, rows) {
      userChange(sheetName, rows, (tx, sheet, rect) => insertDown(tx, sheet, { ...rect, c0: 0, c1: MAX_COLS - 1 }));
    },
    userDeleteRows(sheetName, rows) {
      userChange(sheetName, rows, (tx, sheet, rect) => deleteUp(tx, sheet, { ...rect, c0: 0, c1: MAX_COLS - 1 }));
    },
    userNote(sheetName, address, content) {
      userChange(sheetName, address, (_tx, sheet, rect) => userNote(model, sheet, rect, content));
    },
    userComment(sheetName, address, content) {
      userChange(sheetName, address, (_tx, sheet, rect) => userComment(model, sheet, rect, content));
    },
    userSelect(address) {
      select(Array.isArray(address) ? address : [address]);
    },
    setCellEditMode(on) {
      core.cellEditMode = on;
    },
    failSync(when, code = "GeneralException", options = {}) {
      core.addFault(when, code, options.afterOperations);
    },
    beforeSync(when, hook) {
      core.addHook(when, hook);
    },
    protect(name, on = true) {
      sheetOf(name).protected = on;
    },
    flushEvents: () => core.flushEvents(),
  };
  return host;
}
