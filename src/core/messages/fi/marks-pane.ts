import type { Translation } from "../translation";

/** FI words for en/marks-pane.ts. */
export const MARKS_PANE: Translation = {
};
