import type { Translation } from "../translation";

/** FR words for en/stocktake-pane.ts. */
export const STOCKTAKE_PANE: Translation = {
};
