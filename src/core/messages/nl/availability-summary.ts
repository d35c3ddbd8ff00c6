import type { Translation } from "../translation";

/** NL words for en/availability-summary.ts. */
export const AVAILABILITY_SUMMARY: Translation = {
};
