/** A live check listener that tests wait on by count, never by time. */
import type { CheckOutcome, Result } from "../../src/app";

export class Outcomes {
  readonly list: Result<CheckOutcome>[] = [];
  private waiting: { count: number; resolve: () => void }[] = [];

  readonly listener = (outcome: Result<CheckOutcome>): void => {
    this.list.push(outcome);
    const ready = this.waiting.filter((w) => this.list.length >= w.count);
    this.waiting = this.waiting.filter((w) => this.list.length < w.count);
    for (const w of ready) w.resolve();
  };

  /** Resolves once `count` outcomes have come in all. */
  reach(count: number): Promise<void> {
    if (this.list.length >= count) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push({ count, resolve }));
  }

  /** The value of the last outcome (a failure fails the test). */
  last(): CheckOutcome {
    const outcome = this.list[this.list.length - 1];
    if (!outcome?.ok) throw new Error(`expected a check, got ${outcome ? outcome.message : "nothing"}`);
    return outcome.value;
  }
}
