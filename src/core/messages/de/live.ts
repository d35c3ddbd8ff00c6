import type { Translation } from "../translation";

/** DE words for en/live.ts. */
export const LIVE: Translation = {
};
