import type { Translation } from "../languages";

/** FR words for en/summary.ts. */
export const SUMMARY: Translation = {};
