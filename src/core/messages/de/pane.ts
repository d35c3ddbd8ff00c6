import type { Translation } from "../languages";

/** DE words for en/pane.ts. */
export const PANE: Translation = {};
