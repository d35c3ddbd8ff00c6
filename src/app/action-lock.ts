/**
 * One workbook action at a time, for the pane and the ribbon together (they share one
 * runtime and one app). The pane's runner already keeps the pane's own actions apart;
 * this lock is what keeps a ribbon command from running into a pane action, and back.
 *
 * - **Writes** (fixes, generate codes, serialize, aggregate, summary, undo, settings save)
 *   hold the lock alone. A write asked for while another write is running (or waiting to
 *   start) is **refused** at once (`kind: "busy"`), nothing changed: that is what
 *   Excel users know from a busy workbook, and it is what the pane already says for its own
 *   buttons. Queuing it instead would run it later on rows the user has not seen, and a
 *   double-pressed ribbon button would run twice.
 * - **Reads** (check, previews, find, headers, settings load, live re-checks) run side by side
 *   with other reads, never during a write: a read asked for while a write runs **waits** for
 *   it and then sees the finished result, not a half-written sheet. Reads only wait, never
 *   fail: a live re-check must not be lost, and waiting costs the user nothing.
 * - A write asked for while reads are running waits for them to finish (reads are short);
 *   reads asked for meanwhile queue behind that write, so a stream of reads cannot starve it.
 *
 * Not re-entrant: a write must not call a locked read (it would wait for itself).
 *
 * @example
 * const lock = new ActionLock();
 * const result = await lock.write(() => serialize(), busyFailure);
 */
export class ActionLock {
  private readers = 0;
  /** Set from the moment a write is accepted until it ends; readers wait on it. */
  private writeGate: Promise<void> | undefined;
  private readersIdle: (() => void) | undefined;

  /** True while a write is running or waiting for reads to finish. */
  get writing(): boolean {
    return this.writeGate !== undefined;
  }

  /** Runs `work` alone, or returns `busy()` straight away when another write holds the lock. */
  async write<T>(work: () => Promise<T>, busy: () => T | Promise<T>): Promise<T> {
    if (this.writeGate) return busy();
    let open!: () => void;
    // Taken before the first await, so a second call in the same tick is already refused.
    this.writeGate = new Promise<void>((resolve) => (open = resolve));
    try {
      if (this.readers > 0) await new Promise<void>((resolve) => (this.readersIdle = resolve));
      return await work();
    } finally {
      this.writeGate = undefined;
      open();
    }
  }

  /** Runs `work` alongside other reads, after any write that is running or waiting. */
  async read<T>(work: () => Promise<T>): Promise<T> {
    while (this.writeGate) await this.writeGate;
    this.readers += 1;
    try {
      return await work();
    } finally {
      this.readers -= 1;
      if (this.readers === 0 && this.readersIdle) {
        const idle = this.readersIdle;
        this.readersIdle = undefined;
        idle();
      }
    }
  }
}
