import type { Translation } from "../languages";

/** NL words for en/real-shapes.ts. */
export const REAL_SHAPES: Translation = {};
