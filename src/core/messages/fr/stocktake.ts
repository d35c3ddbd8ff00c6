import type { Translation } from "../translation";

/** FR words for en/stocktake.ts. */
export const STOCKTAKE: Translation = {
};
