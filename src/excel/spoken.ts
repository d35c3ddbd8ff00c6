/**
 * What the adapter says, twice over (docs/design.md §22): `message`, the English sentences
 * (logs, tests, the CLI's words), and `say`, the same sentences as data for the pane's language.
 * Both come from one list of `Say`, so they cannot drift apart.
 */
import { say, textOf, type Say } from "../core";

export interface Spoken {
  message: string;
  /** One entry per sentence. */
  say: readonly Say[];
}

/** Sentences said one after another. */
export function spoken(...said: readonly Say[]): Spoken {
  return { message: said.map(textOf).join(" "), say: said };
}

/** `first`, then the catalogue's sentence that nothing changed. */
export function thenNothingChanged(first: Say): Spoken {
  return spoken(first, say("nothing-changed"));
}

/** The `say` a thrown value carries as data (one `Say`, or a list), if any. */
export function sayOfError(error: unknown): readonly Say[] | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const { say: one, says } = error as { say?: unknown; says?: unknown };
  const list = Array.isArray(says) ? says : Array.isArray(one) ? one : isSay(one) ? [one] : undefined;
  return list && list.length > 0 && list.every(isSay) ? (list as Say[]) : undefined;
}

function isSay(value: unknown): value is Say {
  return typeof value === "object" && value !== null && typeof (value as Say).id === "string" && typeof (value as Say).values === "object";
}
