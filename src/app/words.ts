/**
 * What the app says, twice over: `message`, the English sentences (the CLI, logs, tests), and
 * `say`, the same sentences as data (catalogue id and values) that the pane puts into its own
 * language (docs/design.md §22). Both are made from one call, so they cannot drift apart.
 */
import { textOf, type MessageId, type MessageValues, type Say } from "../core";

export interface Words {
  message: string;
  /** One entry per sentence, said one after another. */
  say: readonly Say[];
}

/**
 * One message as data; `parts` are values that are messages themselves, their English words
 * kept in `values` too.
 *
 * @example sayOf("app-try-again", {}, { reason: sayOf("app-busy") })
 */
export function sayOf(id: MessageId, values: MessageValues = {}, parts?: Readonly<Record<string, Say>>): Say {
  if (!parts) return { id, values };
  const english: Record<string, string | number> = { ...values };
  for (const [name, part] of Object.entries(parts)) english[name] = textOf(part);
  return { id, values: english, parts };
}

/** The words of one message. */
export function words(id: MessageId, values: MessageValues = {}, parts?: Readonly<Record<string, Say>>): Words {
  const said = sayOf(id, values, parts);
  return { message: textOf(said), say: [said] };
}

/** Sentences said one after another, as `"first second"`. */
export function sentences(...all: readonly Words[]): Words {
  return { message: all.map((w) => w.message).join(" "), say: all.flatMap((w) => w.say) };
}

/** The words followed by the catalogue's sentence that nothing changed. */
export function withNothingChanged(first: Words): Words {
  return sentences(first, words("nothing-changed"));
}
