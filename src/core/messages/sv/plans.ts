import type { Translation } from "../languages";

/** SV words for en/plans.ts. */
export const PLANS: Translation = {};
