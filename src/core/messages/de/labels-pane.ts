import type { Translation } from "../translation";

/** DE words for en/labels-pane.ts. */
export const LABELS_PANE: Translation = {
};
