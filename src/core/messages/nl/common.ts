import type { Translation } from "../translation";

/** NL words for en/common.ts. */
export const COMMON: Translation = {
  "nothing-changed": "Er is niets gewijzigd.",
  "rows-count": "{count, plural, one {# rij} other {# rijen}}",
  "list-comma": "{first}, {rest}",
  "list-semicolon": "{first}; {rest}",
};
