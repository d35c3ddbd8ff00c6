/**
 * The problems of settings the engine refused (`parseSettings`), joined by "; " as they always
 * were, and as data for the pane's language when the engine says them so (`says`, one per problem).
 */
import { say, type Say } from "../core";

export interface ParseProblems {
  errors: readonly string[];
  /** The same problems as data, one per entry of `errors`. */
  says?: readonly Say[];
}

/** The problems as one value: English text, and a `Say` when every problem has one. */
export function problemsOf(parsed: ParseProblems): { text: string; say?: Say } {
  const text = parsed.errors.join("; ");
  const says = parsed.says;
  if (!says || says.length === 0 || says.length !== parsed.errors.length) return { text };
  // "first; rest", nested: the separator is the catalogue's, each problem is its own message.
  const joined = says.slice(0, -1).reduceRight<Say>((rest, first) => say("app-problems-joined", {}, { first, rest }), says[says.length - 1]);
  return { text, say: joined };
}
