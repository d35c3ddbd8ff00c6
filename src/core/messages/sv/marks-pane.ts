import type { Translation } from "../translation";

/** SV words for en/marks-pane.ts. */
export const MARKS_PANE: Translation = {
};
