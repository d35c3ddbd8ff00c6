/**
 * Writes the category summary sheet (docs/design.md §5). Only a sheet the add-in created is
 * ever replaced — tagged by a worksheet custom property (ExcelApi 1.12) or, only on
 * hosts without those, by its id in the workbook settings. A rerun builds the new report on a new
 * sheet and swaps it in at the end, so a failure never leaves a half-replaced report. The swap
 * deletes and renames sheets, which Excel cannot group into one undo step: in a grouped run a
 * rerun stops before writing (`UngroupedRunNeeded`) and runs again ungrouped, and sheet-level
 * rollbacks run ungrouped (docs/design.md §15). Four syncs whatever the number of categories.
 */
import {
  MARGIN_FORMAT, SUMMARY_MARGIN_COLUMN, SUMMARY_TABLE_ROW as TABLE_ROW, TIME_FORMAT, TITLE_ROWS, TOTAL,
  moneyFormat, summaryLineCells, stockValueColumns, summaryHeadersOf, summaryMoneyColumnsOf, summaryNames, text, titleBlock, type CategorySummary, type CellValue,
} from "../core";
import { cellAddress, rectAddress } from "./addresses";
import { ActionRefusedError } from "./action-refused-error";
import { actionFailed } from "./excel-action-error";
import { isExcelApiSupported, StepFailure, syncStep, UngroupedRunNeeded, ungroupedRun } from "./office-run";
import type { InventoryRead } from "./read-inventory";
import type { UndoRecord } from "./undo";
import { SUMMARY_IDS_KEY, SUMMARY_TAG, summaryMap } from "./summary-ids";
import { removeSheetIfThere, settleSwap, type Swap } from "./summary-rollback";

export { SUMMARY_IDS_KEY, SUMMARY_TAG } from "./summary-ids";

export interface SummaryWrite {
  sheetName: string;
  /** Undo record when the sheet is new; a replaced report is undone with Ctrl+Z only. */
  undo?: UndoRecord;
  replaced: boolean;
}

export interface SummaryOptions {
  baseName: string;
  moneyColumn?: number;
  headerRow: number;
  now?: Date;
  beforeWrite?: () => void;
  /** The action runs in an undo group (`mergeUndoGroup`): replacing a report needs an ungrouped run. */
  grouped?: boolean;
}

/** Where the report goes, and what the workbook held before. */
interface Target {
  /** The report's sheet name. */
  name: string;
  /** Our old report under that name, swapped out at the end. */
  old: Excel.Worksheet | undefined;
  /** Every sheet by lower-case name (Excel compares names case-insensitively). */
  existing: Map<string, Excel.Worksheet>;
  /** The summary-ids setting as read, and its raw value (undefined when there was none). */
  stored: Record<string, string>;
  storedValue: unknown;
  activeName: string;
  tagsSupported: boolean;
  /** The money column's number format, for the report's money. */
  money: string;
}

export async function writeSummarySheet(
  context: Excel.RequestContext,
  read: InventoryRead,
  summary: CategorySummary,
  options: SummaryOptions,
): Promise<SummaryWrite> {
  const target = await findTarget(context, read, options);
  if (target.old && options.grouped) throw new UngroupedRunNeeded();
  options.beforeWrite?.();
  const sheet = await buildReport(context, read, summary, options, target);
  const used = await swapIn(context, read, target, sheet);
  // undefined: the swap failed after the old report was gone, and its rollback finished it.
  if (used === undefined) return { sheetName: target.name, replaced: true };
  const undo = target.old ? undefined : newReportUndo(read, target, used);
  return { sheetName: target.name, undo, replaced: target.old !== undefined };
}

/**
 * Finds the report's sheet: the first summary name that is free or holds a report of ours
 * (one sync, two where tags are read). Refused when every name is a sheet of the user's.
 */
async function findTarget(context: Excel.RequestContext, read: InventoryRead, options: SummaryOptions): Promise<Target> {
  const tagsSupported = isExcelApiSupported("1.12");
  const sheets = context.workbook.worksheets.load("items/name,items/id,items/position");
  const ids = context.workbook.settings.getItemOrNullObject(SUMMARY_IDS_KEY).load("value");
  const active = context.workbook.worksheets.getActiveWorksheet().load("name");
  const firstDataRow = read.rect.row + options.headerRow + 1;
  const moneyCell =
    options.moneyColumn !== undefined && firstDataRow < read.rect.row + read.rect.rows
      ? context.workbook.worksheets.getItem(read.sheetName).getRangeByIndexes(firstDataRow, read.rect.column + options.moneyColumn, 1, 1).load("numberFormat")
      : undefined;
  await syncStep(context, "excel-step-finding-summary");
  const stored = summaryMap(ids.isNullObject ? undefined : ids.value);
  const existing = new Map(sheets.items.map((s) => [s.name.toLowerCase(), s]));
  const candidates = summaryNames(options.baseName).filter((n) => n.toLowerCase() !== read.sheetName.toLowerCase());
  const isOurs = await ownership(context, candidates, existing, stored, tagsSupported);
  const name = candidates.find((n) => !existing.has(n.toLowerCase()) || isOurs(n));
  if (name === undefined) {
    const taken = text("excel-summary-names-taken", { first: options.baseName, last: candidates[candidates.length - 1] });
    throw new ActionRefusedError("refused", `${taken} ${text("nothing-changed")}`);
  }
  return {
    name, old: existing.get(name.toLowerCase()), existing, stored, storedValue: ids.isNullObject ? undefined : (ids.value as unknown),
    activeName: active.name, tagsSupported, money: moneyFormat(moneyCell?.numberFormat?.[0]?.[0] as string | undefined),
  };
}

/**
 * Which of the existing `candidates` are reports of ours. Where custom properties exist,
 * only the tag counts (one more sync): it lives and dies with the sheet, while worksheet ids
 * can change between sessions, so an old id in the settings may name a sheet of the user's.
 * The id map is the fallback below ExcelApi 1.12.
 */
async function ownership(
  context: Excel.RequestContext,
  candidates: readonly string[],
  existing: ReadonlyMap<string, Excel.Worksheet>,
  stored: Readonly<Record<string, string>>,
  tagsSupported: boolean,
): Promise<(name: string) => boolean> {
  if (!tagsSupported) {
    return (name) => {
      const s = existing.get(name.toLowerCase());
      return s !== undefined && s.id in stored;
    };
  }
  const tags = new Map<string, Excel.WorksheetCustomProperty>();
  for (const name of candidates) {
    const s = existing.get(name.toLowerCase());
    if (s) tags.set(name, s.customProperties.getItemOrNullObject(SUMMARY_TAG).load("value"));
  }
  if (tags.size > 0) await syncStep(context, "excel-step-finding-summary");
  return (name) => {
    const tag = tags.get(name);
    return tag !== undefined && !tag.isNullObject;
  };
}

/**
 * Builds the report in one sync: on a temporary sheet when an old report of ours has to be
 * swapped out. Excel keeps the operations of a batch that ran before the failing one, so
 * after a failure the new sheet may exist, half-built: it is removed if it is there.
 */
async function buildReport(
  context: Excel.RequestContext,
  read: InventoryRead,
  summary: CategorySummary,
  options: SummaryOptions,
  target: Target,
): Promise<Excel.Worksheet> {
  const buildName = target.old ? temporaryName(target.existing) : target.name;
  const sheet = context.workbook.worksheets.add(buildName);
  try {
    sheet.load("id");
    queueReport(sheet, read.sheetName, summary, options.baseName, target.money, options.now ?? new Date());
    if (target.tagsSupported) sheet.customProperties.add(SUMMARY_TAG, read.sheetName);
    await syncStep(context, "excel-step-building-summary");
  } catch (error) {
    let restored = true;
    try {
      // Its own run: inside an undo group Excel refuses to delete a sheet.
      await ungroupedRun((ctx) => removeSheetIfThere(ctx, buildName));
    } catch {
      restored = false;
    }
    throw actionFailed(error, "excel-step-writing-summary", restored);
  }
  return sheet;
}

/**
 * Swaps the new report in and finishes, in one batch, so the old report goes only when the
 * new one is in place, and the new report takes the old one's tab position (it was added as
 * the last tab). Excel stops a failing batch part-way and keeps what ran, so the order
 * matters: the settings first, then the old report goes and the new one takes its name. The
 * rollback then goes back while the old report is there, and finishes once it is gone
 * (undefined: finished by the rollback). Returns the report's used range, loaded.
 */
async function swapIn(context: Excel.RequestContext, read: InventoryRead, target: Target, sheet: Excel.Worksheet): Promise<Excel.Range | undefined> {
  const { old } = target;
  const used = sheet.getUsedRangeOrNullObject(true);
  const next = { ...target.stored, [sheet.id]: read.sheetName };
  if (old) delete next[old.id];
  try {
    context.workbook.settings.add(SUMMARY_IDS_KEY, next);
    if (old) {
      old.delete();
      sheet.name = target.name;
      sheet.position = old.position;
    }
    sheet.activate();
    used.load("address,values,rowIndex,columnIndex,rowCount,columnCount");
    // A plain sync (not syncStep) so the batching linter sees the load before the read below.
    await context.sync().catch((cause: unknown) => {
      throw new StepFailure("excel-step-finishing-summary", cause);
    });
  } catch (error) {
    const swap: Swap = {
      builtId: sheet.id, oldId: old?.id, oldPosition: old?.position, target: target.name, next, activeName: target.activeName, storedValue: target.storedValue,
    };
    let outcome: "back" | "forward" | "unknown" = "unknown";
    try {
      // Its own run: going back deletes the new sheet, which an undo group refuses.
      outcome = await ungroupedRun((ctx) => settleSwap(ctx, swap));
    } catch {
      outcome = "unknown";
    }
    if (outcome === "forward") return undefined;
    throw actionFailed(error, "excel-step-writing-summary", outcome === "back");
  }
  return used;
}

/** The pane's Undo of a new report: remove the sheet and put the summary-ids setting back as it was, down to its absence. */
function newReportUndo(read: InventoryRead, target: Target, used: Excel.Range): UndoRecord {
  return {
    label: text("excel-undo-label-summary"),
    sheetName: target.name,
    after: used.isNullObject
      ? []
      : [{ rect: { row: used.rowIndex, column: used.columnIndex, rows: used.rowCount, columns: used.columnCount }, values: used.values as CellValue[][] }],
    usedAddress: used.isNullObject ? "" : used.address,
    ungrouped: true,
    restore: async (ctx, sheet) => {
      ctx.workbook.worksheets.getItem(read.sheetName).activate();
      sheet.delete();
      if (target.storedValue === undefined) ctx.workbook.settings.getItem(SUMMARY_IDS_KEY).delete();
      else ctx.workbook.settings.add(SUMMARY_IDS_KEY, target.stored);
      await syncStep(ctx, "excel-step-removing-summary");
    },
  };
}

function temporaryName(existing: ReadonlyMap<string, unknown>): string {
  for (let i = 1; ; i++) {
    const name = text("excel-summary-temporary-name", { number: String(i) });
    if (!existing.has(name.toLowerCase())) return name;
  }
}

/** Queues the whole report: title block, table with totals, formats, chart. */
function queueReport(
  sheet: Excel.Worksheet,
  sourceName: string,
  summary: CategorySummary,
  title: string,
  money: string,
  now: Date,
): void {
  const block = titleBlock(title, sourceName, summary, excelSerial(now));
  const labels = sheet.getRangeByIndexes(0, 0, block.labels.length, 1);
  // Text we write gets `@` first, in the same batch: a sheet named `=1+1` stays text.
  labels.numberFormat = block.labels.map(() => ["@"]);
  labels.values = block.labels.map((l) => [l]);
  sheet.getRangeByIndexes(TITLE_ROWS.sourceSheet, 1, 1, 1).numberFormat = [["@"]];
  sheet.getRangeByIndexes(TITLE_ROWS.sourceSheet, 1, block.values.length - 1, 1).values = block.values.slice(1).map((v) => [v as string | number]);
  sheet.getRangeByIndexes(TITLE_ROWS.created, 1, 1, 1).numberFormat = [[TIME_FORMAT]];
  sheet.getRangeByIndexes(TITLE_ROWS.title, 0, 1, 1).format.font.bold = true;

  // Per-unit columns add a stock value column each (issue 13); without them this is SUMMARY_HEADERS.
  const headers = summaryHeadersOf(summary);
  const stock = stockValueColumns(summary);
  const width = headers.length;
  const lines = summary.categories.length > 0 ? summary.categories.map((l) => summaryLineCells(l, stock)) : [headers.map(() => "")];
  const header = sheet.getRangeByIndexes(TABLE_ROW, 0, 1, width);
  header.numberFormat = [headers.map(() => "@")];
  header.values = [headers];
  const body = sheet.getRangeByIndexes(TABLE_ROW + 1, 0, lines.length, width);
  const categoryColumn = sheet.getRangeByIndexes(TABLE_ROW + 1, 0, lines.length, 1);
  categoryColumn.numberFormat = lines.map(() => ["@"]);
  body.values = lines as (string | number)[][];

  const tableAddress = rectAddress({ row: TABLE_ROW, column: 0, rows: lines.length + 1, columns: width });
  const table = sheet.tables.add(tableAddress, true);
  table.showTotals = true;
  // Totals are the engine's exact sums, written as values: SUBTOTAL over rounded
  // cells could differ from the exact total by a cent.
  const totalsRow = TABLE_ROW + 1 + lines.length;
  const totals = sheet.getRangeByIndexes(totalsRow, 0, 1, width);
  sheet.getRangeByIndexes(totalsRow, 0, 1, 1).numberFormat = [["@"]];
  totals.values = [summaryLineCells({ ...summary.totals, category: TOTAL }, stock) as (string | number)[]];
  totals.format.font.bold = true;

  const dataAndTotals = lines.length + 1;
  for (const c of summaryMoneyColumnsOf(summary)) {
    sheet.getRangeByIndexes(TABLE_ROW + 1, c, dataAndTotals, 1).numberFormat = Array.from({ length: dataAndTotals }, () => [money]);
  }
  sheet.getRangeByIndexes(TABLE_ROW + 1, SUMMARY_MARGIN_COLUMN, dataAndTotals, 1).numberFormat = Array.from(
    { length: dataAndTotals },
    () => [MARGIN_FORMAT],
  );

  // Wide enough for the numbers (a narrow column shows ####); only the report's own cells.
  sheet.getRangeByIndexes(0, 0, totalsRow + 1, width).format.autofitColumns();

  if (summary.categories.length > 0) {
    // Category, Income, Expense: one contiguous source, categories from its first column.
    const chartSource = sheet.getRangeByIndexes(TABLE_ROW, 0, lines.length + 1, 3);
    const chart = sheet.charts.add("ColumnClustered", chartSource, "Columns");
    chart.title.text = text("excel-summary-chart-title");
    chart.setPosition(cellAddress(0, width + 1), cellAddress(TABLE_ROW + 12, width + 9));
  }
}

/** An Excel date serial for `date` in the pane's local time (what the user's clock shows). */
function excelSerial(date: Date): number {
  return (date.getTime() - date.getTimezoneOffset() * 60_000) / 86_400_000 + 25_569;
}
