/** Protect entry (issue 18): the data validation's input messages and error alerts, and the results. */
export const ENTRY_RULES = {
} as const;
