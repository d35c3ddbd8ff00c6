import type { Translation } from "../languages";

/** FR words for en/actions.ts. */
export const ACTIONS: Translation = {};
