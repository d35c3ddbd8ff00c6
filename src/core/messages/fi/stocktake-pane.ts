import type { Translation } from "../translation";

/** FI words for en/stocktake-pane.ts. */
export const STOCKTAKE_PANE: Translation = {
};
