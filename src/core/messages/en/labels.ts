/** Barcode labels (issue 17): the engine's plan, layouts and the command line. */
export const LABELS = {
} as const;
