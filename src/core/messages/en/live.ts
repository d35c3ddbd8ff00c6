/** The live check's words (issue 19): why a change was checked in full. */
export const LIVE = {
} as const;
