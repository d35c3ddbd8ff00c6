import type { Translation } from "../translation";

/** DE words for en/availability-summary.ts. */
export const AVAILABILITY_SUMMARY: Translation = {
};
