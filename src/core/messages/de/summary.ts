import type { Translation } from "../languages";

/** DE words for en/summary.ts. */
export const SUMMARY: Translation = {};
