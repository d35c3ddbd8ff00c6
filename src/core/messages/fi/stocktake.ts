import type { Translation } from "../translation";

/** FI words for en/stocktake.ts. */
export const STOCKTAKE: Translation = {
};
