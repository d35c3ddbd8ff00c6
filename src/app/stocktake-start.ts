/**
 * Starting a stocktake (docs/design.md §27): the stocktake under way is resumed with the scans
 * saved in the workbook, on the sheet it counted; otherwise a new one starts on the inventory
 * sheet (chosen in the pane, else the active one), read in full as check reads it.
 */
import { detectTable } from "../core";
import { readStoredStocktake, runExcel, stocktakeReportSource, type InventoryRead } from "../excel";
import type { ActionLock } from "./action-lock";
import { engineSettings } from "./engine-settings";
import { failure, ok } from "./outcomes";
import type { SheetReads } from "./sheet-reads";
import { ExcelStocktakeRun, type RunHost } from "./stocktake-run";
import type { Result, RunOptions, StocktakeRun } from "./types";
import { words } from "./words";

export interface StartDeps {
  lock: ActionLock;
  reads: SheetReads;
  host: RunHost;
  saveDelayMs: number;
}

export async function startStocktake(deps: StartDeps, options?: RunOptions): Promise<Result<StocktakeRun>> {
  const stored = await deps.lock.read(() => runExcel((context) => readStoredStocktake(context)));
  const request = { onProgress: options?.onProgress, signal: options?.signal };
  const whole = (_context: unknown, read: InventoryRead) => read;
  // The sheet the stocktake under way counted; when it is gone, the inventory sheet as usual.
  const own = stored ? await deps.reads.read(whole, { ...request, sheetName: stored.source }) : undefined;
  const first = own?.ok ? own : await deps.reads.orStop(whole, request);
  if (!first.ok) return first;
  // From a stocktake report of ours (active after a finish), the sheet it counted.
  const source = await deps.lock.read(() => runExcel((context) => stocktakeReportSource(context, first.value.sheetId)));
  const again = source === undefined ? undefined : await deps.reads.read(whole, { ...request, sheetName: source });
  const read = again?.ok ? again : first;
  if (!detectTable(read.value.values, engineSettings(read.value))) {
    return failure("refused", words("action-no-inventory", { sheet: read.value.sheetName }));
  }
  const start = {
    read: read.value, scans: stored?.scans ?? [], started: stored?.started ?? deps.host.now().toISOString(),
    sheetId: stored?.sheetId, saveDelayMs: deps.saveDelayMs,
  };
  return ok(new ExcelStocktakeRun(start, deps.host));
}
