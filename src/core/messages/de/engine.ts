import type { Translation } from "../languages";

/** DE words for en/engine.ts. */
export const ENGINE: Translation = {};
