import type { Translation } from "../translation";

/** FI words for en/availability-summary.ts. */
export const AVAILABILITY_SUMMARY: Translation = {
};
