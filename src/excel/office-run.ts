/**
 * How every action enters Excel: one `Excel.run` per action, merged into one
 * undo step where ExcelApi 1.20 allows it, and named steps so a failure can say
 * which step failed.
 */
import { failedStepText, officeErrorCode } from "./errors";
import type { StepId } from "./step-id";

export type { StepId } from "./step-id";

/**
 * The request context of one `Excel.run`. The app layer hands it on to adapter functions and
 * never uses it itself, so it names this type instead of Office.js's own.
 */
export type ExcelContext = Excel.RequestContext;

/** True when the host supports `ExcelApi` at `version` (false outside Office). */
export function isExcelApiSupported(version: string): boolean {
  try {
    return typeof Office !== "undefined" && Office.context.requirements.isSetSupported("ExcelApi", version);
  } catch {
    return false;
  }
}

/**
 * Runs `batch` in one `Excel.run`. Write actions pass `mergeUndo`: with ExcelApi
 * 1.20 all their syncs become one Ctrl+Z in Excel (`RunOptions.mergeUndoGroup`);
 * below that each sync is its own undo record and the pane's Undo takes over.
 */
export async function runExcel<T>(
  batch: (context: Excel.RequestContext) => Promise<T>,
  options: { mergeUndo?: boolean } = {},
): Promise<T> {
  if (options.mergeUndo && isExcelApiSupported("1.20")) {
    return Excel.run({ mergeUndoGroup: true }, batch);
  }
  return Excel.run(batch);
}

/**
 * Thrown before anything is written when the action needs a step Excel cannot put in an undo
 * group (deleting or renaming a sheet: UndoNotSupported in a `mergeUndoGroup` run, docs/design.md
 * §14). The app runs the action again, ungrouped.
 */
export class UngroupedRunNeeded extends Error {
  constructor() {
    super("This action deletes or renames a sheet, which Excel cannot group into one undo step.");
    this.name = "UngroupedRunNeeded";
  }
}

/** Runs `work` in an Excel.run of its own, never grouped: for sheet-level rollbacks (a grouped run refuses them). */
export function ungroupedRun<T>(work: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run((context) => work(context));
}

/** A sync that failed, with the step it belonged to (its catalogue id: the words name it in "<step> failed"). */
export class StepFailure extends Error {
  readonly step: StepId;

  constructor(step: StepId, cause: unknown) {
    super(failedStepText(step, cause), { cause });
    this.name = "StepFailure";
    this.step = step;
  }
}

/** The Office error code of a failed sync, also when an error wraps it as `cause` (`StepFailure`). */
export function failedSyncCode(error: unknown): string | undefined {
  return officeErrorCode(error instanceof Error && error.cause !== undefined ? error.cause : error);
}

/** Over 5 MB either way: a smaller batch of the same work goes through (halve and retry). */
export function isPayloadTooLarge(error: unknown): boolean {
  const code = failedSyncCode(error);
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}

/** `context.sync()` that names its step when it fails. */
export async function syncStep(context: Excel.RequestContext, step: StepId): Promise<void> {
  try {
    await context.sync();
  } catch (error) {
    throw new StepFailure(step, error);
  }
}

/** Sizes of what a batch sends, estimated from the JSON we queue (Excel on the web allows 5 MB per request). */
export const PAYLOAD_BUDGET = 2_500_000;

/** Splits `items` in order into groups whose summed `sizeOf` stays within `budget` (an item larger than it goes alone). */
export function chunkBySize<T>(items: readonly T[], sizeOf: (item: T) => number, budget: number): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = sizeOf(item);
    if (current.length > 0 && bytes + size > budget) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/**
 * Rough JSON size of a 2-D block of values in UTF-8 bytes, for keeping batches under
 * the budget: the 5 MB limit is on bytes, and text outside Latin takes 2–3 bytes a
 * character (CJK: 3).
 *
 * @example estimateBytes([["ab", 1]]) // 2 + 2 + (2 + 3) + 8 = 17
 */
export function estimateBytes(values: readonly (readonly unknown[])[]): number {
  let bytes = 2;
  for (const row of values) {
    bytes += 2;
    for (const v of row) bytes += typeof v === "string" ? jsonTextBytes(v) + 3 : 8;
  }
  return bytes;
}

/**
 * UTF-8 size of `text` inside a JSON string, from its char codes: one pass, no
 * encoder and no copy (it runs over every cell of a batch). A surrogate pair is 4
 * bytes, 2 per half; `"` and `\\` take an escape, a control character at most 6.
 *
 * @example jsonTextBytes("é品") // 2 + 3 = 5; estimateBytes([["品品"]]) is 2 + 2 + 6 + 3
 */
export function jsonTextBytes(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (code < 0x20) bytes += 5;
      else if (code === 0x22 || code === 0x5c) bytes += 1;
    } else {
      bytes += code < 0x800 || (code >= 0xd800 && code <= 0xdfff) ? 1 : 2;
    }
  }
  return bytes;
}

/**
 * Runs a rollback where it cannot flush half-queued work. After a sync failed, the
 * context's queue is empty and it can be reused; after an exception while queueing,
 * the queue still holds part of the change, and the next sync on that context would
 * send it — so the rollback gets a fresh context (the old queue dies with its run).
 */
export async function rollbackContext<T>(
  context: Excel.RequestContext,
  error: unknown,
  rollback: (context: Excel.RequestContext) => Promise<T>,
): Promise<T> {
  if (error instanceof StepFailure) return rollback(context);
  return Excel.run((fresh) => rollback(fresh));
}
