import type { Translation } from "../translation";

/** FI words for en/availability-plans.ts. */
export const AVAILABILITY_PLANS: Translation = {
};
