import type { Translation } from "../languages";

/** SV words for en/common.ts. */
export const COMMON: Translation = {};
