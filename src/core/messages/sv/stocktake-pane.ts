import type { Translation } from "../translation";

/** SV words for en/stocktake-pane.ts. */
export const STOCKTAKE_PANE: Translation = {
};
