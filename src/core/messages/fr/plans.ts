import type { Translation } from "../languages";

/** FR words for en/plans.ts. */
export const PLANS: Translation = {};
