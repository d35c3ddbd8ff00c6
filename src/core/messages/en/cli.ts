/** The command line's own words around the engine's messages: headlines, counts, what was written. */
export const CLI = {
} as const;
