import type { Translation } from "../languages";

/** DE words for en/real-shapes.ts. */
export const REAL_SHAPES: Translation = {};
