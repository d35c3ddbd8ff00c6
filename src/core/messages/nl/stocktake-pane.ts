import type { Translation } from "../translation";

/** NL words for en/stocktake-pane.ts. */
export const STOCKTAKE_PANE: Translation = {
};
