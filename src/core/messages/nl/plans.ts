import type { Translation } from "../languages";

/** NL words for en/plans.ts. */
export const PLANS: Translation = {};
