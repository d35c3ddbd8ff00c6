import type { Translation } from "../translation";

/** NL words for en/marks-pane.ts. */
export const MARKS_PANE: Translation = {
};
