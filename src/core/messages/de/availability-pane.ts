import type { Translation } from "../translation";

/** DE words for en/availability-pane.ts. */
export const AVAILABILITY_PANE: Translation = {
};
