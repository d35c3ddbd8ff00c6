import type { Translation } from "../translation";

/** NL words for en/live.ts. */
export const LIVE: Translation = {
};
