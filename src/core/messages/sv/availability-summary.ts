import type { Translation } from "../translation";

/** SV words for en/availability-summary.ts. */
export const AVAILABILITY_SUMMARY: Translation = {
};
