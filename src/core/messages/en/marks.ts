/** Marks on the sheet (issue 18): the notes written on marked cells, the marking steps and results. */
export const MARKS = {
} as const;
