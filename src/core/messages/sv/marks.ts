import type { Translation } from "../translation";

/** SV words for en/marks.ts. */
export const MARKS: Translation = {
};
