import type { Translation } from "../translation";

/** SV words for en/availability-plans.ts. */
export const AVAILABILITY_PLANS: Translation = {
};
