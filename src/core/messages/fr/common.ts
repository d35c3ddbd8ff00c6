import type { Translation } from "../translation";

/** French words for en/common.ts. */
export const COMMON: Translation = {
  "nothing-changed": "Aucune modification n’a été apportée.",
  "rows-count": "{count, plural, one {# ligne} other {# lignes}}",
  "list-comma": "{first}, {rest}",
  "list-semicolon": "{first} ; {rest}",
};
