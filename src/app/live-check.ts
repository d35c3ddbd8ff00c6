/**
 * Live check's lifecycle (docs/design.md §6, "while the pane is open"): which sheet is watched, and
 * whether re-checks run. In the shared runtime the page outlives the pane, so re-checks
 * pause while the pane is hidden and, when it is shown again, run once. Office's visibility
 * events are not a promise (docs/design.md §15): any signal counts (`paneShown`), and a
 * signal that only repeats what is known does nothing. The watched sheet is the one last checked: checking another sheet moves the
 * watch there.
 */
import { text } from "../core";
import { watchPaneVisibility, watchSheet, type InventoryRead, type LiveSubscription } from "../excel";
import { IncrementalCheck, type IncrementalDeps, type ReadMark } from "./incremental-check";
import { checkOutcome } from "./read-actions";
import { failure, ok, settle, toFailure } from "./outcomes";
import type { CheckOutcome, LiveCheckListener, Result } from "./types";

export interface LiveCheckDeps extends Omit<IncrementalDeps, "seen"> {
  /** True while (or just after) the add-in writes: those change events are not the user's. */
  isOwnWrite(): boolean;
  /** Id of the inventory sheet as actions resolve it (from a summary sheet: its source). */
  inventorySheetId(): Promise<Result<string>>;
  debounceMs?: number;
}

interface Watch {
  sheetId: string;
  subscription: LiveSubscription;
  listener: LiveCheckListener;
}

export class LiveCheck {
  private watch: Watch | undefined;
  /** Until Office says otherwise the pane is shown (it is the pane that turns live check on). */
  private visible = true;
  /** Subscribed when the app is created, so a pane closed before live check is turned on is known. */
  private readonly visibilityWatched: Promise<void>;
  /** A visibility signal has arrived (before that, `visible` is only the starting guess). */
  private signalled = false;
  /** Called whenever the pane goes from hidden to shown, by any signal. */
  private readonly shownListeners = new Set<() => void>();
  /** Starts, stops and moves run one after another, so two never race over `watch`. */
  private queue: Promise<unknown> = Promise.resolve();
  /** The index of the watched sheet's last check, so a change is checked by reading only its rows. */
  private readonly incremental: IncrementalCheck;

  constructor(private readonly deps: LiveCheckDeps) {
    this.incremental = new IncrementalCheck({ ...deps, seen: () => this.watch?.subscription.seen() ?? 0 });
    this.visibilityWatched = watchPaneVisibility((visible) => this.onVisibility(visible)).then(
      () => undefined,
      // No visibility events (no shared runtime): re-check as before, whether the pane is shown or not.
      () => undefined,
    );
  }

  /** Starts watching the inventory sheet (replacing any watch) or stops; a failure to start rejects. */
  set(enabled: boolean, listener: LiveCheckListener): Promise<Result<void>> {
    return this.serial(async () => {
      await this.stopWatch();
      if (!enabled) return ok(undefined);
      await this.visibilityWatched;
      // By id: it stays the same when the user renames the sheet.
      const sheetId = await this.deps.inventorySheetId();
      if (!sheetId.ok) return sheetId;
      this.watch = await this.start(sheetId.value, listener);
      return ok(undefined);
    });
  }

  /** After a check of `sheetId`: when live check is on and watches another sheet, watch this one instead. */
  follow(sheetId: string): Promise<void> {
    return this.serial(async () => {
      const current = this.watch;
      if (!current || current.sheetId === sheetId) return;
      let next: Watch;
      try {
        next = await this.start(sheetId, current.listener);
      } catch (error) {
        // Keep watching the old sheet rather than nothing; say why it did not move.
        current.listener(failure("failed", text("app-live-follow-failed", { reason: toFailure(error).message })));
        return;
      }
      this.watch = next;
      await current.subscription.stop().catch(() => undefined);
    });
  }

  /** Before a full read for a check: `checkedOutcome` then knows which changes the read saw. */
  mark(): ReadMark {
    return this.incremental.mark();
  }

  /** The outcome of a check's read; when it is the watched sheet, its index is kept for the next change. */
  checkedOutcome(read: InventoryRead, mark: ReadMark): CheckOutcome {
    if (this.watch?.sheetId !== read.sheetId) return checkOutcome(read);
    return this.incremental.fullOutcome(read.sheetId, read, mark);
  }

  private async start(sheetId: string, listener: LiveCheckListener): Promise<Watch> {
    // A new watch counts events from zero: what was known of another watch's sheet is gone.
    this.incremental.drop();
    const subscription = await watchSheet(sheetId, {
      isOwnWrite: () => this.deps.isOwnWrite(),
      debounceMs: this.deps.debounceMs,
      ownChange: () => this.incremental.drop(),
      recheck: (changes) => settle(() => this.incremental.apply(sheetId, changes)).then(listener),
    });
    if (!this.visible) subscription.pause();
    return { sheetId, subscription, listener };
  }

  private async stopWatch(): Promise<void> {
    const previous = this.watch;
    this.watch = undefined;
    this.incremental.drop();
    if (previous) await previous.subscription.stop().catch(() => undefined);
  }

  /** True unless the last signal said the pane is hidden. */
  get paneVisible(): boolean {
    return this.visible;
  }

  /** True once a signal (not the starting guess) said the pane is shown and none said hidden since. */
  get paneKnownShown(): boolean {
    return this.signalled && this.visible;
  }

  /** Calls `listener` each time the pane goes from hidden to shown; returns a remover. */
  onShown(listener: () => void): () => void {
    this.shownListeners.add(listener);
    return () => this.shownListeners.delete(listener);
  }

  /** A signal from any source that the pane is shown (`true`) or hidden. */
  onVisibility(visible: boolean): void {
    this.signalled = true;
    if (visible === this.visible) return;
    this.visible = visible;
    if (visible) for (const listener of [...this.shownListeners]) listener();
    const subscription = this.watch?.subscription;
    if (!subscription) return;
    if (visible) subscription.resume();
    else subscription.pause();
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }
}
