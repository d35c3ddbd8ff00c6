import type { Translation } from "../translation";

/** FR words for en/live.ts. */
export const LIVE: Translation = {
};
