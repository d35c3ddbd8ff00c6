import type { Translation } from "../languages";

/** NL words for en/common.ts. */
export const COMMON: Translation = {};
