/** Barcode labels (issue 17): the Labels tab, ribbon button, labels sheet and Excel steps. */
export const LABELS_PANE = {
} as const;
