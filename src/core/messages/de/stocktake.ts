import type { Translation } from "../translation";

/** DE words for en/stocktake.ts. */
export const STOCKTAKE: Translation = {
};
