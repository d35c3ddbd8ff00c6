import type { Translation } from "../languages";

/** FR words for en/engine.ts. */
export const ENGINE: Translation = {};
