import type { Translation } from "../translation";

/** FI words for en/live.ts. */
export const LIVE: Translation = {
};
