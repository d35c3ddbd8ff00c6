/** Stocktake's words in the pane, the report sheet and Excel (issue 20). */
export const STOCKTAKE_PANE = {
} as const;
