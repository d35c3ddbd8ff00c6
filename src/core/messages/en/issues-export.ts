/** Export issues (issue 18): the Issues sheet's name, headings and results. */
export const ISSUES_EXPORT = {
} as const;
