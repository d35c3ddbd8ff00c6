import type { Translation } from "../translation";

/** FR words for en/marks.ts. */
export const MARKS: Translation = {
};
