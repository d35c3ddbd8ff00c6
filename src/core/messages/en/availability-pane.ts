/** Availability and return (issue 16): the pane's status classes, find and the command line's flags. */
export const AVAILABILITY_PANE = {
} as const;
