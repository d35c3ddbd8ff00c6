import type { Translation } from "../languages";

/** FI words for en/plans.ts. */
export const PLANS: Translation = {};
