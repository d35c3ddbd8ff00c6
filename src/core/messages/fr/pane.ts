import type { Translation } from "../languages";

/** FR words for en/pane.ts. */
export const PANE: Translation = {};
