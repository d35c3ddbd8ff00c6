/**
 * Words shared by every layer (ICU MessageFormat, English). Ids are stable: tests and other
 * catalogues refer to them.
 */
export const COMMON = {
  "nothing-changed": "Nothing was changed.",
  "rows-count": "{count, plural, one {# row} other {# rows}}",
} as const;
