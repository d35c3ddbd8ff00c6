import type { Translation } from "../languages";

/** FI words for en/pane.ts. */
export const PANE: Translation = {};
