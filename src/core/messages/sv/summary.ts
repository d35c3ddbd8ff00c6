import type { Translation } from "../languages";

/** SV words for en/summary.ts. */
export const SUMMARY: Translation = {};
