/** The warnings about stored settings, one line each, in the pane's language where they come as data. */
import type { SettingsOutcome } from "../app";
import type { Said } from "./i18n/use-text";

export function warningLines(outcome: Pick<SettingsOutcome, "warnings" | "warningsSay">, said: (words: Said) => string): string[] {
  return outcome.warnings.map((message, i) => said({ message, say: outcome.warningsSay?.[i] }));
}
