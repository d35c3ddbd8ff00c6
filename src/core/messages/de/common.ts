import type { Translation } from "../languages";

/** DE words for en/common.ts. */
export const COMMON: Translation = {};
