import type { Translation } from "../translation";

/** NL words for en/marks.ts. */
export const MARKS: Translation = {
};
