import type { Translation } from "../translation";

/** DE words for en/marks.ts. */
export const MARKS: Translation = {
};
