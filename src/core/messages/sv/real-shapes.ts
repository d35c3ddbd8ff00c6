import type { Translation } from "../languages";

/** SV words for en/real-shapes.ts. */
export const REAL_SHAPES: Translation = {};
