import type { Translation } from "../translation";

/** FR words for en/marks-pane.ts. */
export const MARKS_PANE: Translation = {
};
