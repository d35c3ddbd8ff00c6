/** Availability and return (issue 16): summary headings, the chart and the command line's table. */
export const AVAILABILITY_SUMMARY = {
} as const;
