import type { Translation } from "../translation";

/** FI words for en/labels-pane.ts. */
export const LABELS_PANE: Translation = {
};
