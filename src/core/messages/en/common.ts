/**
 * Words shared by every layer (ICU MessageFormat, English). Ids are stable: tests and other
 * catalogues refer to them.
 */
export const COMMON = {
  "nothing-changed": "Nothing was changed.",
  "rows-count": "{count, plural, one {# row} other {# rows}}",
  // Two parts of a list (say-list.ts): joined at every level of a long list, so only a separator.
  "list-comma": "{first}, {rest}",
  "list-semicolon": "{first}; {rest}",
} as const;
