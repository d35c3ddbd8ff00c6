import type { Translation } from "../translation";

/** FI words for en/marks.ts. */
export const MARKS: Translation = {
};
