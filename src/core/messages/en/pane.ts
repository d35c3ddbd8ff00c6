/**
 * What the task pane and the ribbon say in their own words: labels, buttons, headings,
 * tooltips, empty states (issue 15). Results and errors come from the other areas.
 */
export const PANE = {} as const;
