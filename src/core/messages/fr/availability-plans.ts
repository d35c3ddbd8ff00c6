import type { Translation } from "../translation";

/** FR words for en/availability-plans.ts. */
export const AVAILABILITY_PLANS: Translation = {
};
