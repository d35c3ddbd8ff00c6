import type { Translation } from "../translation";

/** FR words for en/availability-summary.ts. */
export const AVAILABILITY_SUMMARY: Translation = {
};
