import type { Translation } from "../languages";

/** FI words for en/summary.ts. */
export const SUMMARY: Translation = {};
