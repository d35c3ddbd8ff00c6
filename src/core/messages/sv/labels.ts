import type { Translation } from "../translation";

/** SV words for en/labels.ts. */
export const LABELS: Translation = {
};
