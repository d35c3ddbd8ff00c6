/**
 * Protect entry (issue 18, docs/design.md §30): the add-in's data validation on the quantity
 * and codes columns, taken away exactly. Each action is one write of the app (its lock, one
 * Excel.run, one Ctrl+Z with ExcelApi 1.20); the Excel work is in src/excel/entry-validation.ts.
 */
import {
  applyEntryValidation, isExcelApiSupported, readEntryState, rectAddress, removeEntryValidation, type Rect,
} from "../excel";
import type { ActionHost } from "./action-host";
import { entryTargets, roleColumnsNow } from "./entry-rules-targets";
import { failure, ok, settle } from "./outcomes";
import { Refusal } from "./refusal";
import type { ActionResult, EntryProtectionState, Result, RunOptions, SummaryRunOptions } from "./types";
import type { WriteDone } from "./write-action";
import { sentences, withNothingChanged, words, type Words } from "./words";

/** Areas a message names: the first ten, then "…" (a user's rule can be split into many areas). */
const NAMED_AREAS = 10;

function addresses(rects: readonly Rect[]): string {
  const named = rects.slice(0, NAMED_AREAS).map(rectAddress).join(", ");
  return rects.length > NAMED_AREAS ? `${named}, …` : named;
}

function done(said: Words): WriteDone {
  return { message: said.message, say: said.say };
}

/** Refused before anything is read when this Excel has no data validation. */
function needsApi(): ActionResult | undefined {
  return isExcelApiSupported("1.8") ? undefined : failure("refused", withNothingChanged(words("entry-needs-api")));
}

export async function protectEntry(host: ActionHost, options?: SummaryRunOptions): Promise<ActionResult> {
  const missing = needsApi();
  if (missing) return missing;
  const locale = options?.displayLocale ?? "en-US";
  return host.write(options, async ({ context, read, settings, engine, beforeWrite }) => {
    const targets = entryTargets(read, settings, engine, locale);
    if (!targets) throw new Refusal("refused", withNothingChanged(words("action-no-inventory", { sheet: read.sheetName })));
    const applied = await applyEntryValidation(context, read.sheetId, targets, beforeWrite);
    if ("protectedSheet" in applied) {
      throw new Refusal("protected", withNothingChanged(words("entry-earlier-protected", { sheet: applied.protectedSheet })));
    }
    if ("refused" in applied) {
      throw new Refusal("refused", withNothingChanged(words("entry-user-rules", { cells: addresses(applied.refused) })));
    }
    const protectedNow = words("entry-protected", { ranges: addresses(applied.applied), sheet: read.sheetName });
    const moved = applied.moved ? [words("entry-earlier-moved", { ranges: addresses(applied.moved.rects), sheet: applied.moved.sheetName })] : [];
    return done(sentences(protectedNow, ...moved, words("entry-pasting")));
  });
}

export async function removeEntryProtection(host: ActionHost, options?: RunOptions): Promise<ActionResult> {
  const missing = needsApi();
  if (missing) return missing;
  // The rules' sheet need not be the inventory sheet chosen now: the record names it by id.
  return host.write(options, async ({ context, read, engine, beforeWrite }) => {
    const columnsNow = (sheetId: string): number[] => (sheetId === read.sheetId ? roleColumnsNow(read, engine) : []);
    const removal = await removeEntryValidation(context, columnsNow, beforeWrite);
    switch (removal.kind) {
      case "none":
        throw new Refusal("refused", withNothingChanged(words("entry-none")));
      case "protected":
        throw new Refusal("protected", withNothingChanged(words("app-protected", { sheet: removal.sheetName })));
      case "sheet-gone":
        return done(words("entry-sheet-gone"));
      case "removed":
        if (removal.cleared.length === 0) return done(words("entry-removed-gone", { sheet: removal.sheetName }));
        return done(words("entry-removed", { ranges: addresses(removal.cleared), sheet: removal.sheetName }));
    }
  }, { writesInventory: false });
}

export async function entryProtectionState(host: ActionHost): Promise<Result<EntryProtectionState>> {
  return settle(async () => {
    const state = await host.readExcel((context) => readEntryState(context));
    return ok({ sheetName: state.sheetName, ranges: state.ranges });
  });
}
