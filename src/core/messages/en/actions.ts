/** What the workbook actions report when they finish or refuse (fixes, codes, serialize, aggregate, summary), English. */
export const ACTIONS = {
} as const;
