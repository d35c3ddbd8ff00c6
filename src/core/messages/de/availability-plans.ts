import type { Translation } from "../translation";

/** DE words for en/availability-plans.ts. */
export const AVAILABILITY_PLANS: Translation = {
};
