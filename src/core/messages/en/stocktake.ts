/** Stocktake's words from the engine and the command line (issue 20). */
export const STOCKTAKE = {
} as const;
