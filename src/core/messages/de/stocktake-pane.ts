import type { Translation } from "../translation";

/** DE words for en/stocktake-pane.ts. */
export const STOCKTAKE_PANE: Translation = {
};
