/**
 * Thrown for programmer errors only: a grid that is not an array of arrays, a row
 * index that is not a whole number, settings that fail validation. Bad data in a
 * cell never throws; it becomes an `Issue` or a refusal.
 *
 * @example
 * try { checkInventory(null as never) } catch (e) { e instanceof InventoryArgumentError } // true
 */
export class InventoryArgumentError extends Error {
  override readonly name = "InventoryArgumentError";
  constructor(message: string) {
    super(message);
  }
}
