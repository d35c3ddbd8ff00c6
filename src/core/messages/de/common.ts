import type { Translation } from "../translation";

/** German words for en/common.ts. */
export const COMMON: Translation = {
  "nothing-changed": "Es wurde nichts geändert.",
  "rows-count": "{count, plural, one {# Zeile} other {# Zeilen}}",
  "list-comma": "{first}, {rest}",
  "list-semicolon": "{first}; {rest}",
};
