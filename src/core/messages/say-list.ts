/**
 * A list of messages as one message: `a, b, c` or `a; b; c` in every language, each item put
 * into words in that language and joined by the catalogue's own separator (`list-comma`,
 * `list-semicolon`: "{first}, {rest}"), never by code.
 *
 * Decision: the items are joined as a balanced tree of two-part joins (`(a, b), (c, d)`), so a
 * list of thousands stays a few levels deep (rendering it recurses once per level); a join is a
 * plain separator, so the tree reads as the flat list.
 */
import { say, type Say } from "./format";

export type ListJoin = "list-comma" | "list-semicolon";

/**
 * The items as one message joined by `join`; a single item is itself.
 *
 * @example textOf(sayList([say("plan-column-number", { column: 3 }), say("plan-column-header", { header: "Site" })], "list-comma")) // "column 3, Site"
 */
export function sayList(items: readonly Say[], join: ListJoin): Say {
  if (items.length === 0) throw new RangeError("sayList needs at least one item");
  return joined(items, 0, items.length, join);
}

function joined(items: readonly Say[], from: number, to: number, join: ListJoin): Say {
  if (to - from === 1) return items[from];
  const mid = (from + to) >>> 1;
  return say(join, {}, { first: joined(items, from, mid, join), rest: joined(items, mid, to, join) });
}
