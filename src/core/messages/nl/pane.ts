import type { Translation } from "../languages";

/** NL words for en/pane.ts. */
export const PANE: Translation = {};
