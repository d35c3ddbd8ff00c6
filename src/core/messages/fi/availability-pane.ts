import type { Translation } from "../translation";

/** FI words for en/availability-pane.ts. */
export const AVAILABILITY_PANE: Translation = {
};
