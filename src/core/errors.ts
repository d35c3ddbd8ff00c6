import type { Say } from "./messages";

/**
 * Thrown for programmer errors only: a grid that is not an array of arrays, a row
 * index that is not a whole number, settings that fail validation. Bad data in a
 * cell never throws; it becomes an `Issue` or a refusal.
 *
 * `message` is English (logs, tests, --json); `say`, where the engine keeps one (bad settings),
 * is the same sentence as data for the pane's or the command line's language.
 *
 * @example
 * try { checkInventory(null as never) } catch (e) { e instanceof InventoryArgumentError } // true
 * @example
 * try { planSerialize(grid, [1], { codeDigits: 0 }) } catch (e) { sayIn("fi-FI", (e as InventoryArgumentError).say!) }
 */
export class InventoryArgumentError extends Error {
  override readonly name = "InventoryArgumentError";
  readonly say?: Say;
  constructor(message: string, say?: Say) {
    super(message);
    if (say) this.say = say;
  }
}
