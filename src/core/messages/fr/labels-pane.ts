import type { Translation } from "../translation";

/** FR words for en/labels-pane.ts. */
export const LABELS_PANE: Translation = {
};
