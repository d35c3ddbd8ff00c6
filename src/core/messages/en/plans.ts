/** Why the engine refuses or skips rows in serialize, aggregate, fixes and generated codes, English. */
export const PLANS = {
} as const;
