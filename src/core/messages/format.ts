/**
 * Every sentence the operator reads is made here: a message id plus values, rendered by
 * ICU MessageFormat (FormatJS `intl-messageformat`) from the catalogue. Code never builds
 * operator text by hand, so a changed sentence is a one-file edit (`en/*.ts`) and a new
 * language is one more catalogue.
 *
 * Compiled formats are cached per id: a check can render thousands of issue messages.
 */
import { IntlMessageFormat } from "intl-messageformat";
import { EN, type MessageId } from "./en";

export type { MessageId };

/** Values a message takes: text is shown as given, numbers are formatted (grouped) by the catalogue. */
export type MessageValues = Readonly<Record<string, string | number>>;

/** A message as data: what a result, issue or refusal says, before it is put into words. */
export interface Say {
  id: MessageId;
  values: MessageValues;
}

const compiled = new Map<MessageId, IntlMessageFormat>();

function formatOf(id: MessageId): IntlMessageFormat {
  let format = compiled.get(id);
  if (!format) {
    // ignoreTag: workbook text such as `<b>` is text, never markup.
    format = new IntlMessageFormat(EN[id], "en-US", undefined, { ignoreTag: true });
    compiled.set(id, format);
  }
  return format;
}

/**
 * The English words for message `id` with `values`.
 *
 * @example text("rows-count", { count: 1 }) // "1 row"
 * @example text("rows-count", { count: 3000 }) // "3,000 rows"
 */
export function text(id: MessageId, values: MessageValues = {}): string {
  const out = formatOf(id).format(values as Record<string, string | number>);
  return typeof out === "string" ? out : String(out);
}

/** The words of a message kept as data. */
export function textOf(say: Say): string {
  return text(say.id, say.values);
}

/** A message as data, checked against the catalogue at compile time. */
export function say(id: MessageId, values: MessageValues = {}): Say {
  return { id, values };
}
