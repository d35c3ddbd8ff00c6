import type { Translation } from "../languages";

/** SV words for en/common.ts. */
export const COMMON: Translation = {
  "nothing-changed": "Ingenting ändrades.",
  "rows-count": "{count, plural, one {# rad} other {# rader}}",
};
