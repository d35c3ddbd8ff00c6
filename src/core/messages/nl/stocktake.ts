import type { Translation } from "../translation";

/** NL words for en/stocktake.ts. */
export const STOCKTAKE: Translation = {
};
