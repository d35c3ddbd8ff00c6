import type { Translation } from "../translation";

/** DE words for en/labels.ts. */
export const LABELS: Translation = {
};
