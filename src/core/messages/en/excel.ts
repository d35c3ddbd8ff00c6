/** What the Excel adapter says: Office error codes in plain words, failed steps, refusals before a write. */
export const EXCEL = {
} as const;
