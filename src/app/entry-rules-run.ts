/**
 * Protect entry (issue 18, docs/design.md §30): the add-in's data validation on the quantity
 * and codes columns, taken away exactly. Contract stubs; the entry rules work package fills them in.
 */
import type { ActionHost } from "./action-host";
import type { ActionResult, EntryProtectionState, Result, RunOptions, SummaryRunOptions } from "./types";

export async function protectEntry(_host: ActionHost, _options?: SummaryRunOptions): Promise<ActionResult> {
  throw new Error("Protect entry is not built yet.");
}

export async function removeEntryProtection(_host: ActionHost, _options?: RunOptions): Promise<ActionResult> {
  throw new Error("Protect entry is not built yet.");
}

export async function entryProtectionState(_host: ActionHost): Promise<Result<EntryProtectionState>> {
  throw new Error("Protect entry is not built yet.");
}
