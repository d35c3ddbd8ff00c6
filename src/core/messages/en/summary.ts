/** The summary sheet's words: its name, headings, labels and chart title (issue 15). */
export const SUMMARY = {} as const;
