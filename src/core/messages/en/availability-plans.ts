/** Availability and return (issue 16): serialize and aggregate with statuses and available counts. */
export const AVAILABILITY_PLANS = {
} as const;
