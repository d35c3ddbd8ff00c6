import type { Translation } from "../translation";

/** SV words for en/live.ts. */
export const LIVE: Translation = {
};
