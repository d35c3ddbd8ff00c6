import type { Translation } from "../translation";

/** FR words for en/labels.ts. */
export const LABELS: Translation = {
};
