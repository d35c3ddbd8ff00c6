import type { Translation } from "../translation";

/** SV words for en/stocktake.ts. */
export const STOCKTAKE: Translation = {
};
