/**
 * The units the last serialize or generate codes created (issue 17): the result bar offers
 * "Labels for the 10 new units", and `labels("last-created")` labels those rows.
 */
import type { Created } from "./write-actions";
import { ok } from "./outcomes";
import type { ActionResult } from "./types";

export interface CreatedUnits extends Created {
  /** The inventory sheet they are on. */
  sheetName: string;
}

export class LastCreated {
  private last: CreatedUnits | undefined;

  /** Once `result` succeeded, remembers what `created()` says the write made and puts its count in the result. */
  async after(result: Promise<ActionResult>, created: () => CreatedUnits | undefined): Promise<ActionResult> {
    const done = await result;
    const units = created();
    if (!done.ok || units === undefined || units.units === 0) return done;
    this.last = units;
    return ok({ ...done.value, newUnits: units.units });
  }

  get value(): CreatedUnits | undefined {
    return this.last;
  }
}
