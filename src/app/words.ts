/**
 * What the app says, twice over: `message`, the English sentences (the CLI, logs, tests), and
 * `say`, the same sentences as data (catalogue id and values) that the pane puts into its own
 * language (docs/design.md §22). Both are made from one call, so they cannot drift apart.
 */
import { say, textOf, type MessageId, type MessageValues, type Say } from "../core";

export interface Words {
  message: string;
  /** One entry per sentence, said one after another. */
  say: readonly Say[];
}

/** One message as data (core's `say`): `parts` are values that are messages themselves. */
export const sayOf = say;

/** The words of one message. */
export function words(id: MessageId, values: MessageValues = {}, parts?: Readonly<Record<string, Say | undefined>>): Words {
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
