import type { Translation } from "../languages";

/** NL words for en/engine.ts. */
export const ENGINE: Translation = {};
