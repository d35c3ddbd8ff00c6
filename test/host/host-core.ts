/**
 * The host's engine room: the workbook, stats, faults, modes, event delivery, and
 * `executeSync`, which runs one sync all-or-nothing.
 */
import { SyncTx, type HostRequestContext, type Op } from "./context";
import { ErrorCode, officeError } from "./errors";
import { hostCulture, type HostCulture } from "./culture";
import type { Workbook } from "./model";
import type { HostChangeEvent, HostStats, SyncPredicate } from "./types";

export const FIVE_MB = 5 * 1024 * 1024;

/** Compares dotted versions ("1.9" < "1.12"). */
export function versionAtLeast(have: string, want: string): boolean {
  const a = have.split(".").map(Number), b = want.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0, y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

export type ChangeHandler = (args: HostChangeEventArgs) => unknown;

/** What an onChanged handler receives (Excel.WorksheetChangedEventArgs, data part). */
export interface HostChangeEventArgs extends HostChangeEvent {
  details: null;
  getRange(ctx: { workbook: unknown }): unknown;
  getRangeOrNullObject(ctx: { workbook: unknown }): unknown;
}

interface Fault {
  atSerial?: number;
  predicate?: SyncPredicate;
  code: string;
  /** Operations that apply before the failure (none when undefined). */
  afterOperations?: number;
}

export class HostCore {
  /** Platform Office.onReady reports (some APIs behave differently on desktop). */
  platform = "OfficeOnline";
  /** The culture Excel runs in: how written text is read, what `Application.cultureInfo` answers. */
  culture: HostCulture = hostCulture(undefined);
  readonly stats: HostStats = { syncs: 0, requests: [], responses: [], mergeUndoGroupRuns: 0, runs: 0 };
  private editMode = false;
  private editWaiters: (() => void)[] = [];
  /** Counts every sync since creation (stats.syncs can be reset). */
  private serial = 0;
  private faults: Fault[] = [];
  /** Hooks that run once, just before the sync they pick is applied (the user acting between syncs). */
  private hooks: { atSerial?: number; predicate?: SyncPredicate; run: () => void }[] = [];
  readonly handlers = new Map<string, Set<ChangeHandler>>();
  /** Contexts of Excel.run calls still running: their tracked ranges move with row inserts/deletes. */
  readonly openContexts = new Set<HostRequestContext>();
  private pending: { handler: ChangeHandler; args: HostChangeEventArgs }[] = [];
  private running: Promise<unknown>[] = [];
  private readonly handlerErrors: unknown[] = [];
  readonly delivered: HostChangeEvent[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(readonly wb: Workbook, readonly limit: number, private readonly todayOption: Date | undefined,
    readonly maxExcelApi = "1.20") {}

  supports(version: string): boolean {
    return versionAtLeast(this.maxExcelApi, version);
  }

  /** Queues a check that fails the sync with ApiNotFound when `maxExcelApi` is below `version`. */
  requireApi(ctx: HostRequestContext, version: string, what: string): void {
    ctx._enqueue({
      label: `${what} (ExcelApi ${version})`,
      bytes: 0,
      silent: true,
      run: () => {
        if (!this.supports(version)) {
          throw officeError(ErrorCode.apiNotFound, `${what} needs ExcelApi ${version}; this host supports ExcelApi ${this.maxExcelApi}.`, what);
        }
      },
    });
  }

  get cellEditMode(): boolean {
    return this.editMode;
  }

  set cellEditMode(on: boolean) {
    this.editMode = on;
    if (!on) for (const wake of this.editWaiters.splice(0)) wake();
  }

  /** Resolves when the user is not (or no longer) editing a cell: `RunOptions.delayForCellEdit`. */
  whenNotEditing(): Promise<void> {
    return this.editMode ? new Promise((resolve) => this.editWaiters.push(resolve)) : Promise.resolve();
  }

  today(): Date {
    return this.todayOption ?? new Date();
  }

  addFault(when: number | SyncPredicate, code: string, afterOperations?: number): void {
    if (typeof when === "number") this.faults.push({ atSerial: this.serial + Math.max(1, Math.floor(when)), code, afterOperations });
    else this.faults.push({ predicate: when, code, afterOperations });
  }

  addHook(when: number | SyncPredicate, run: () => void): void {
    if (typeof when === "number") this.hooks.push({ atSerial: this.serial + Math.max(1, Math.floor(when)), run });
    else this.hooks.push({ predicate: when, run });
  }

  resetStats(): void {
    Object.assign(this.stats, { syncs: 0, requests: [], responses: [], mergeUndoGroupRuns: 0, runs: 0 });
  }

  /** Runs one sync: everything applies, or nothing does (an injected `afterOperations` fault applies a prefix). */
  executeSync(ctx: HostRequestContext, ops: Op[]): void {
    if (ops.every((op) => op.silent)) {
      // Office.js sends no request for an empty queue; version checks still apply.
      const tx = new SyncTx(ctx);
      for (const op of ops) op.run(tx);
      return;
    }
    this.serial += 1;
    this.stats.syncs += 1;
    const requestBytes = 64 + ops.reduce((sum, op) => sum + op.bytes, 0);
    this.stats.requests.push(requestBytes);
    const responseIndex = this.stats.responses.push(0) - 1;
    if (this.cellEditMode) {
      throw officeError(ErrorCode.invalidOperationInCellEditMode,
        "Excel is in cell-editing mode. Leave edit mode (Enter, Tab or another cell) and try again.");
    }
    const labels = ops.map((o) => o.label);
    const sync = { index: this.stats.syncs, operations: labels, grouped: ctx.grouped };
    const hook = this.hooks.find((h) => h.atSerial === this.serial || h.predicate?.(sync));
    if (hook) {
      this.hooks = this.hooks.filter((h) => h !== hook);
      hook.run();
    }
    const fault = this.faults.find((f) => f.atSerial === this.serial || f.predicate?.({ index: this.stats.syncs, operations: labels, grouped: ctx.grouped }));
    if (fault) {
      this.faults = this.faults.filter((f) => f !== fault);
      const error = officeError(fault.code, `Injected fault: sync ${this.stats.syncs} failed with ${fault.code}.`);
      // Excel runs a batch in order and stops at the failing operation; what ran before it stays.
      if (fault.afterOperations !== undefined) this.applyOps(ctx, ops.slice(0, fault.afterOperations), responseIndex);
      throw error;
    }
    if (requestBytes > this.limit) {
      throw officeError(ErrorCode.requestPayloadSizeLimitExceeded,
        `The request payload size has exceeded the limit (${requestBytes} bytes > ${this.limit}).`);
    }
    this.applyOps(ctx, ops, responseIndex);
  }

  /** Applies `ops` as one unit: all of them, or (on an error) none. */
  private applyOps(ctx: HostRequestContext, ops: Op[], responseIndex: number): void {
    const tx = new SyncTx(ctx);
    this.wb.begin();
    try {
      for (const op of ops) op.run(tx);
      if (tx.responseBytes > this.limit) {
        throw officeError(ErrorCode.responsePayloadSizeLimitExceeded,
          `The response payload size has exceeded the limit (${tx.responseBytes} bytes > ${this.limit}).`);
      }
    } catch (e) {
      this.wb.rollback();
      for (const undo of tx.onRollback.reverse()) undo();
      throw e;
    }
    this.wb.commit();
    this.stats.responses[responseIndex] = tx.responseBytes;
    for (const apply of tx.onCommit) apply();
    for (const change of tx.changes) this.notify(change.sheetId, change.address, change.changeType, "ThisLocalAddin");
  }

  /** Queues onChanged events for handlers of the sheet; delivered on a later task. */
  notify(sheetId: string, address: string, changeType: HostChangeEvent["changeType"], triggerSource: HostChangeEvent["triggerSource"]): void {
    const set = this.handlers.get(sheetId);
    if (!set || set.size === 0) return;
    for (const handler of set) {
      const event: HostChangeEvent = { type: "WorksheetChanged", worksheetId: sheetId, address, changeType, source: "Local", triggerSource };
      if (!this.supports("1.14")) delete (event as Partial<HostChangeEvent>).triggerSource; // ExcelApi 1.14
      const args: HostChangeEventArgs = {
        ...event,
        details: null,
        getRange: (c) => rangeOf(c, sheetId, address),
        getRangeOrNullObject: (c) => rangeOf(c, sheetId, address),
      };
      this.pending.push({ handler, args });
    }
    this.timer ??= setTimeout(() => void this.deliver(), 0);
  }

  private deliver(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.pending.splice(0, this.pending.length);
    for (const { handler, args } of batch) {
      const { details: _d, getRange: _g, getRangeOrNullObject: _n, ...event } = args;
      this.delivered.push(event);
      // A failing handler does not stop the others (as in Office.js); flushEvents() reports it.
      try {
        this.running.push(Promise.resolve(handler(args)).catch((e: unknown) => { this.handlerErrors.push(e); }));
      } catch (e) {
        this.handlerErrors.push(e);
      }
    }
    return Promise.resolve();
  }

  /** Delivers pending events now, waits for the handlers, and rethrows the first handler error. */
  async flushEvents(): Promise<void> {
    for (let round = 0; round < 10 && (this.pending.length || this.running.length); round++) {
      await this.deliver();
      const running = this.running.splice(0, this.running.length);
      await Promise.all(running);
    }
    const [first] = this.handlerErrors.splice(0);
    if (first !== undefined) throw first;
  }
}

function rangeOf(ctx: { workbook: unknown }, sheetId: string, address: string): unknown {
  const wb = ctx.workbook as { worksheets: { getItem(key: string): { getRange(a: string): unknown } } };
  return wb.worksheets.getItem(sheetId).getRange(address);
}
