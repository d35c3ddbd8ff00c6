/**
 * The frame every write action runs in: one Excel.run (one Ctrl+Z with ExcelApi
 * 1.20), a fresh read of the inventory, the protection check, cancellation before
 * the first write, the own-write flag for live check, errors as results, and the
 * app's action lock (a write while another runs is refused; see action-lock.ts).
 */
import type { Say, Settings, SettingsInput } from "../core";
import { isExcelApiSupported, runExcel, type InventoryRead, type UndoRecord, type ExcelContext } from "../excel";
import { ActionLock } from "./action-lock";
import { engineSettings } from "./engine-settings";
import { busyFailure, failure, needsUngroupedRetry, ok, settle, toFailure } from "./outcomes";
import { Refusal } from "./refusal";
import { readSheet } from "./sheet-reads";
import type { ActionResult, Failure, RunOptions } from "./types";
import { withNothingChanged, words, type Words } from "./words";

/** What the body of a write action gets. */
export interface WriteScope {
  context: ExcelContext;
  read: InventoryRead;
  settings: Settings;
  /** Settings for engine calls: `origin` names the cells the user sees. */
  engine: Partial<SettingsInput>;
  /** Call right before the first write: honours cancellation and marks our own writes. */
  beforeWrite: () => void;
  /** The run is one undo group (ExcelApi 1.20): no sheet may be deleted or renamed in it. */
  grouped: boolean;
}

export interface WriteDone {
  message: string;
  /** `message` as data, one entry per sentence. */
  say?: readonly Say[];
  undo?: UndoRecord;
}

/** Shared state: the last undo record, whether a write of ours is under way, and the action lock. */
export class AppState {
  undo: UndoRecord | undefined;
  /** Taken by every action of the app: writes alone, reads together (see ActionLock). */
  readonly lock = new ActionLock();
  private writing = 0;
  private quietUntil = 0;

  constructor(private readonly quietMs: number) {}

  isOwnWrite(): boolean {
    return this.writing > 0 || Date.now() < this.quietUntil;
  }

  startWrite(): void {
    this.writing += 1;
  }

  /** Events for our writes can arrive just after the sync resolves: keep ignoring for a moment. */
  endWrite(): void {
    this.writing = Math.max(0, this.writing - 1);
    this.quietUntil = Date.now() + this.quietMs;
  }
}

/** What a write action needs from the read. */
export interface ReadFor {
  /** Sheet to act on, by name or id; the active sheet (or a summary's source) when omitted. */
  sheetName?: string;
  /** When `sheetName` is no longer in the workbook: the plain words of the refusal (nothing is changed). */
  sheetMissing?: () => Words;
  withSelection?: boolean;
  /** False for actions that only read the inventory (the summary writes its own sheet): a protected inventory is fine. */
  writesInventory?: boolean;
}

/** Runs a write action under the app's lock (refused while another write runs); never rejects. */
export function runWrite(
  state: AppState,
  options: RunOptions | undefined,
  body: (scope: WriteScope) => Promise<WriteDone>,
  readOptions: ReadFor = {},
): Promise<ActionResult> {
  return state.lock.write(() => settle(() => runUnlocked(state, options, body, readOptions)), busyFailure);
}

async function runUnlocked(
  state: AppState,
  options: RunOptions | undefined,
  body: (scope: WriteScope) => Promise<WriteDone>,
  readOptions: ReadFor,
): Promise<ActionResult> {
  const merge = isExcelApiSupported("1.20");
  const first = await attempt(state, options, body, readOptions, merge);
  // Excel refuses to group some batches (docs/design.md §15). When nothing was written or our
  // rollback has put everything back, run once more, ungrouped.
  const retry = merge && "error" in first && needsUngroupedRetry(first.error);
  const outcome = retry ? await attempt(state, options, body, readOptions, false) : first;
  return "error" in outcome ? toFailure(outcome.error) : outcome.result;
}

async function attempt(
  state: AppState,
  options: RunOptions | undefined,
  body: (scope: WriteScope) => Promise<WriteDone>,
  readOptions: ReadFor,
  merge: boolean,
): Promise<{ error: unknown } | { result: ActionResult }> {
  let started = false;
  const beforeWrite = (): void => {
    if (options?.signal?.aborted) throw new Refusal("cancelled", withNothingChanged(words("app-cancelled")));
    if (!started) state.startWrite();
    started = true;
  };
  try {
    const done = await runExcel(async (context): Promise<WriteDone | Failure> => {
      const { sheetName, withSelection } = readOptions;
      const read = await readSheet(context, { sheetName, withSelection, onProgress: options?.onProgress });
      if (!read) return failure("sheet-missing", withNothingChanged(readOptions.sheetMissing?.() ?? words("app-sheet-deleted")));
      if (read.isProtected && readOptions.writesInventory !== false) {
        return failure("protected", withNothingChanged(words("app-protected", { sheet: read.sheetName })));
      }
      return body({ context, read, settings: read.settings, engine: engineSettings(read), beforeWrite, grouped: merge });
    }, { mergeUndo: merge });
    if ("ok" in done) return { result: done };
    // The pane's Undo is for the last action only; one that cannot be undone clears it.
    state.undo = done.undo;
    const said = done.say ? { say: done.say } : {};
    return { result: ok({ message: done.message, ...said, undoable: done.undo !== undefined, excelUndo: merge }) };
  } catch (error) {
    return { error };
  } finally {
    if (started) state.endWrite();
  }
}
