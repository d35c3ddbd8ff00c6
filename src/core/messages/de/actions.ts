import type { Translation } from "../languages";

/** DE words for en/actions.ts. */
export const ACTIONS: Translation = {};
