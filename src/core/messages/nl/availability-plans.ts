import type { Translation } from "../translation";

/** NL words for en/availability-plans.ts. */
export const AVAILABILITY_PLANS: Translation = {
};
