import type { Translation } from "../languages";

/** FI words for en/real-shapes.ts. */
export const REAL_SHAPES: Translation = {};
