import type { Translation } from "../languages";

/** FR words for en/real-shapes.ts. */
export const REAL_SHAPES: Translation = {};
