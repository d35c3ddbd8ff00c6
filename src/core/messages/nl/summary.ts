import type { Translation } from "../languages";

/** NL words for en/summary.ts. */
export const SUMMARY: Translation = {};
