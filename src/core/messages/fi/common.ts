import type { Translation } from "../translation";

/** FI words for en/common.ts. */
export const COMMON: Translation = {
  "nothing-changed": "Mitään ei muutettu.",
  "rows-count": "{count, plural, one {# rivi} other {# riviä}}",
  "list-comma": "{first}, {rest}",
  "list-semicolon": "{first}; {rest}",
};
