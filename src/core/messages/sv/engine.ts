import type { Translation } from "../languages";

/** SV words for en/engine.ts. */
export const ENGINE: Translation = {};
