import type { Translation } from "../languages";

/** FI words for en/engine.ts. */
export const ENGINE: Translation = {};
