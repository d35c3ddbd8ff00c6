import type { Translation } from "../languages";

/** DE words for en/plans.ts. */
export const PLANS: Translation = {};
