/**
 * Ribbon buttons (ExecuteFunction) in the shared runtime. `Office.actions.associate(id, fn)`
 * records the function; a press calls it with an event whose `completed()` ends the command.
 * A press that arrives before its function is associated is dropped: nothing runs and the
 * button does nothing (office-js #5176, #3378, #2744). Tests press buttons with
 * `host.pressRibbon(id)`.
 */
import type { OfficeCalls } from "./types";

export type RibbonOutcome = "completed" | "dropped";

type ActionFunction = (event: unknown) => void;

export class Ribbon {
  private readonly functions = new Map<string, ActionFunction>();

  constructor(private readonly calls: OfficeCalls) {}

  /** `Office.actions.associate`. */
  associate(id: string, fn: ActionFunction): void {
    this.calls.associated.push(id);
    this.functions.set(id, fn);
  }

  /** Delivers the press now (synchronously); resolves when the function calls `event.completed()`. */
  press(id: string): Promise<RibbonOutcome> {
    const fn = this.functions.get(id);
    if (!fn) {
      this.calls.dropped.push(id);
      return Promise.resolve("dropped");
    }
    return new Promise((resolve) => {
      const event = {
        source: { id },
        completed: () => {
          this.calls.completed.push(id);
          resolve("completed");
        },
      };
      fn(event);
    });
  }
}
