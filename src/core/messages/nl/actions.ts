import type { Translation } from "../languages";

/** NL words for en/actions.ts. */
export const ACTIONS: Translation = {};
