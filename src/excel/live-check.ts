/**
 * Live check (docs/design.md §6, §25): re-check after the user edits the inventory sheet. Events
 * caused by this add-in are ignored by `triggerSource` (ExcelApi 1.14) and, where
 * that is missing, by a flag the app raises around its own writes. While paused (the
 * pane is hidden) nothing is re-checked; resuming re-checks once (docs/design.md §15).
 *
 * Each user change (its address, change type and trigger) is queued; one pause in the edits
 * hands the app every change since the last re-check, in the order they came. Changes that
 * arrive while a re-check runs wait in the queue for the next one: none is lost, and two
 * re-checks never run at once.
 */
export interface UserChange {
  /** What Excel said changed (`B3:D5`, `5:7`); absent when it did not say. */
  address?: string;
  /** Excel.DataChangeType: `RangeEdited`, `RowInserted`, `RowDeleted`, … */
  changeType?: string;
  triggerSource?: string;
  /** Order of arrival among every event of the sheet (`LiveSubscription.seen()` at that moment). */
  serial: number;
  /** Changes may have come unseen (the pane was hidden): only a full check can tell. */
  missed?: true;
}

export interface LiveCheckHooks {
  /** True while the add-in itself is writing (or just wrote) to the workbook. */
  isOwnWrite(): boolean;
  /** Runs the check of `changes` (oldest first); called once per pause in the user's edits, never twice at once. */
  recheck(changes: readonly UserChange[]): void | Promise<unknown>;
  /** The add-in itself changed the sheet (what was known of its rows may be out of date). */
  ownChange?(): void;
  debounceMs?: number;
}

/** A subscription to pause, resume or stop later. */
export interface LiveSubscription {
  stop(): Promise<void>;
  /** No re-checks from now on (a pending one is dropped); user edits are still noted. */
  pause(): void;
  /** Re-checks again, and once at once: an edit may have come unseen while paused. */
  resume(): void;
  /** How many change events of the sheet have arrived so far (ours included). */
  seen(): number;
}

/**
 * True for an event the add-in should act on: from the user, not from our own writes.
 * Where Excel says who caused the event (`triggerSource`, ExcelApi 1.14) that answer
 * is final: a paste just after one of our writes must still be checked. The flag is
 * only the fallback for hosts that do not say.
 */
export function isUserChange(args: { triggerSource?: string }, hooks: Pick<LiveCheckHooks, "isOwnWrite">): boolean {
  if (args.triggerSource !== undefined) return args.triggerSource !== "ThisLocalAddin";
  return !hooks.isOwnWrite();
}

/** The queue of user changes and the debounced, one-at-a-time re-checks that drain it. */
class ChangeQueue {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private queue: UserChange[] = [];
  private running = false;
  serial = 0;
  stopped = false;
  paused = false;

  constructor(private readonly hooks: LiveCheckHooks) {}

  onChanged(args: Excel.WorksheetChangedEventArgs): void {
    const serial = ++this.serial;
    if (this.stopped) return;
    if (!isUserChange(args, this.hooks)) {
      this.hooks.ownChange?.();
      return;
    }
    // While paused nothing is queued: resuming re-checks in full anyway.
    if (this.paused) return;
    this.queue.push({ address: args.address, changeType: args.changeType, triggerSource: args.triggerSource, serial });
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.drain();
    }, this.hooks.debounceMs ?? 500);
  }

  /** Runs re-checks until the queue is empty; a re-check already running drains what comes meanwhile. */
  async drain(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      while (this.queue.length > 0 && !this.paused && !this.stopped && this.timer === undefined) {
        const batch = this.queue;
        this.queue = [];
        await Promise.resolve(this.hooks.recheck(batch)).catch(() => undefined);
      }
    } finally {
      this.running = false;
    }
  }

  pause(): void {
    this.paused = true;
    this.clearTimer();
    this.queue = [];
  }

  resume(): void {
    this.paused = false;
    this.queue = [{ serial: this.serial, missed: true }];
    void this.drain();
  }

  clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}

/** Subscribes to `onChanged` of the sheet (by name or id; one sync) and debounces re-checks. */
export async function watchSheet(sheetKey: string | undefined, hooks: LiveCheckHooks): Promise<LiveSubscription> {
  const changes = new ChangeQueue(hooks);
  const handler = await Excel.run(async (context) => {
    const sheet =
      sheetKey === undefined
        ? context.workbook.worksheets.getActiveWorksheet()
        : context.workbook.worksheets.getItem(sheetKey);
    const result = sheet.onChanged.add(async (args) => changes.onChanged(args));
    await context.sync();
    return result;
  });
  return {
    seen: () => changes.serial,
    pause: () => {
      if (changes.paused || changes.stopped) return;
      changes.pause();
    },
    resume: () => {
      if (!changes.paused || changes.stopped) return;
      changes.resume();
    },
    stop: async () => {
      // Stop first: even if removing the handler fails, no re-check runs after this.
      changes.stopped = true;
      changes.clearTimer();
      await Excel.run(handler.context, async (context) => {
        handler.remove();
        await context.sync();
      });
    },
  };
}
