/**
 * Writes the category summary sheet (docs/design.md §5). Only a sheet the add-in created is
 * ever replaced — tagged by a worksheet custom property (ExcelApi 1.12) or, only on
 * hosts without those, by its id in the workbook settings. A rerun builds the new report on a new
 * sheet and swaps it in at the end, so a failure never leaves a half-replaced report. The swap
 * deletes and renames sheets, which Excel cannot group into one undo step: in a grouped run a
 * rerun stops before writing (`UngroupedRunNeeded`) and runs again ungrouped, and sheet-level
 * rollbacks run ungrouped (docs/design.md §15). Four syncs whatever the number of categories.
 */
import { DEFAULT_LOCALE, moneyFormat, say, summaryBaseName, textIn, type CategorySummary, type CellValue } from "../core";
import { ActionRefusedError } from "./action-refused-error";
import { actionFailed } from "./excel-action-error";
import { isExcelApiSupported, StepFailure, syncStep, UngroupedRunNeeded, ungroupedRun } from "./office-run";
import type { InventoryRead } from "./read-inventory";
import type { UndoRecord } from "./undo";
import { SUMMARY_IDS_KEY, SUMMARY_TAG, summaryMap } from "./summary-ids";
import { removeSheetIfThere, settleSwap, type Swap } from "./summary-rollback";
import { queueReport } from "./summary-report";
import { reportTarget } from "./summary-target";
import { thenNothingChanged } from "./spoken";

export { SUMMARY_IDS_KEY, SUMMARY_TAG } from "./summary-ids";

export interface SummaryWrite {
  sheetName: string;
  /** Undo record when the sheet is new; a replaced report is undone with Ctrl+Z only. */
  undo?: UndoRecord;
  replaced: boolean;
}

export interface SummaryOptions {
  /** The `summarySheetName` setting; its default gives the name in `locale`'s language. */
  baseName: string;
  /** The language the report is written in (the pane's, BCP 47); default en-US. */
  locale?: string;
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
  /** Our old report, swapped out at the end: under `name`, or made in another language under its name there. */
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
 * Finds the report's sheet (one sync, two where tags are read): `reportTarget` picks it among the
 * names in the report's language and the reports of ours made in another. Refused when every name
 * is a sheet of the user's.
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
  const found = await reportTarget(context, { setting: options.baseName, locale: options.locale ?? DEFAULT_LOCALE, source: read.sheetName }, existing, stored, tagsSupported);
  if (typeof found === "string") {
    const first = summaryBaseName(options.baseName, options.locale);
    throw new ActionRefusedError("refused", thenNothingChanged(say("excel-summary-names-taken", { first, last: found })));
  }
  return {
    name: found.name, old: found.old, existing, stored, storedValue: ids.isNullObject ? undefined : (ids.value as unknown),
    activeName: active.name, tagsSupported, money: moneyFormat(moneyCell?.numberFormat?.[0]?.[0] as string | undefined),
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
  const locale = options.locale ?? DEFAULT_LOCALE;
  const buildName = target.old ? temporaryName(target.existing, locale) : target.name;
  const sheet = context.workbook.worksheets.add(buildName);
  try {
    sheet.load("id");
    queueReport(sheet, summary, {
      title: summaryBaseName(options.baseName, locale), sourceName: read.sheetName, money: target.money, now: options.now ?? new Date(), locale,
    });
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
    label: "excel-undo-label-summary",
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

function temporaryName(existing: ReadonlyMap<string, unknown>, locale: string): string {
  for (let i = 1; ; i++) {
    const name = textIn(locale, "excel-summary-temporary-name", { number: String(i) });
    if (!existing.has(name.toLowerCase())) return name;
  }
}
