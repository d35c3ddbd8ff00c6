import type { Translation } from "../translation";

/** NL words for en/availability-pane.ts. */
export const AVAILABILITY_PANE: Translation = {
};
