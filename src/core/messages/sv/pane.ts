import type { Translation } from "../languages";

/** SV words for en/pane.ts. */
export const PANE: Translation = {};
