/** What the app layer says to the pane and the ribbon: action results, busy, cancelled, sheet choice. */
export const APP = {
} as const;
