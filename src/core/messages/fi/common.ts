import type { Translation } from "../languages";

/** FI words for en/common.ts. */
export const COMMON: Translation = {};
