import type { Translation } from "../languages";

/** FR words for en/common.ts. */
export const COMMON: Translation = {};
