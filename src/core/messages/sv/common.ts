import type { Translation } from "../translation";

/** SV words for en/common.ts. */
export const COMMON: Translation = {
  "nothing-changed": "Ingenting ändrades.",
  "rows-count": "{count, plural, one {# rad} other {# rader}}",
  "list-comma": "{first}, {rest}",
  "list-semicolon": "{first}; {rest}",
};
