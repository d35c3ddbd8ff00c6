import type { Translation } from "../translation";

/** FR words for en/availability-pane.ts. */
export const AVAILABILITY_PANE: Translation = {
};
