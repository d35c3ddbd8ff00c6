/**
 * Live check (docs/design.md §6): re-check after the user edits the inventory sheet. Events
 * caused by this add-in are ignored by `triggerSource` (ExcelApi 1.14) and, where
 * that is missing, by a flag the app raises around its own writes. While paused (the
 * pane is hidden) nothing is re-checked; resuming re-checks once (docs/design.md §15).
 */
export interface LiveCheckHooks {
  /** True while the add-in itself is writing (or just wrote) to the workbook. */
  isOwnWrite(): boolean;
  /** Runs the check; called once per pause in the user's edits. */
  recheck(): void;
  debounceMs?: number;
}

/** A subscription to pause, resume or stop later. */
export interface LiveSubscription {
  stop(): Promise<void>;
  /** No re-checks from now on (a pending one is dropped); user edits are still noted. */
  pause(): void;
  /** Re-checks again, and once at once: an edit may have come unseen while paused. */
  resume(): void;
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

/** Subscribes to `onChanged` of the sheet (by name or id; one sync) and debounces re-checks. */
export async function watchSheet(sheetKey: string | undefined, hooks: LiveCheckHooks): Promise<LiveSubscription> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let paused = false;
  const clearTimer = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  const onChanged = async (args: Excel.WorksheetChangedEventArgs): Promise<void> => {
    if (stopped || paused || !isUserChange(args, hooks)) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      hooks.recheck();
    }, hooks.debounceMs ?? 500);
  };
  const handler = await Excel.run(async (context) => {
    const sheet =
      sheetKey === undefined
        ? context.workbook.worksheets.getActiveWorksheet()
        : context.workbook.worksheets.getItem(sheetKey);
    const result = sheet.onChanged.add(onChanged);
    await context.sync();
    return result;
  });
  return {
    pause: () => {
      if (paused || stopped) return;
      paused = true;
      clearTimer();
    },
    resume: () => {
      if (!paused || stopped) return;
      paused = false;
      hooks.recheck();
    },
    stop: async () => {
      // Stop first: even if removing the handler fails, no re-check runs after this.
      stopped = true;
      clearTimer();
      await Excel.run(handler.context, async (context) => {
        handler.remove();
        await context.sync();
      });
    },
  };
}
