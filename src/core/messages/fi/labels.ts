import type { Translation } from "../translation";

/** FI words for en/labels.ts. */
export const LABELS: Translation = {
};
