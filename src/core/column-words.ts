/** The columns a plan's refusals name, as data (aggregate's "differs in Category, Site"). */
import { columnSay } from "./row-facts";
import { sayList, textOf, type Say } from "./messages";

/**
 * Lists of columns put into messages, made once per list for a whole plan: thousands of lone rows
 * differ in the same few columns, and building the message parts anew for each refusal made
 * aggregate's refusals about twice as slow (garbage collection, mostly).
 */
export class ColumnWords {
  private readonly lists = new Map<string, { say: Say; names: readonly string[] }>();

  constructor(private readonly headers: readonly string[] | undefined) {}

  /** The columns as one list message (`list-comma`) and their names in English (header text, else `column 3`). */
  listOf(columns: readonly number[]): { say: Say; names: string[] } {
    const key = columns.join(",");
    let list = this.lists.get(key);
    if (!list) {
      const says = columns.map((c) => columnSay(this.headers, c));
      list = { say: sayList(says, "list-comma"), names: says.map(textOf) };
      if (this.lists.size < 10_000) this.lists.set(key, list);
    }
    return { say: list.say, names: [...list.names] };
  }
}
