/**
 * A React key per message object (an action result, a problem, a lookup). Fluent's MessageBar
 * is announced to screen readers when it appears, so every new message must appear anew,
 * even when its text and intent are the same as the one before.
 */
const keys = new WeakMap<object, number>();
let lastKey = 0;

/** The same key for the same object; a new one for every new object. */
export function keyOf(shown: object): number {
  let key = keys.get(shown);
  if (key === undefined) {
    key = ++lastKey;
    keys.set(shown, key);
  }
  return key;
}
