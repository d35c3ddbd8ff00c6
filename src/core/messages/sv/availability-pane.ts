import type { Translation } from "../translation";

/** SV words for en/availability-pane.ts. */
export const AVAILABILITY_PANE: Translation = {
};
