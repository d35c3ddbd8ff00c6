import type { Translation } from "../translation";

/** SV words for en/labels-pane.ts. */
export const LABELS_PANE: Translation = {
};
