import type { Translation } from "../translation";

/** NL words for en/labels.ts. */
export const LABELS: Translation = {
};
