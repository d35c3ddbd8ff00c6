import type { Translation } from "../translation";

/** DE words for en/marks-pane.ts. */
export const MARKS_PANE: Translation = {
};
