import type { Translation } from "../translation";

/** NL words for en/labels-pane.ts. */
export const LABELS_PANE: Translation = {
};
