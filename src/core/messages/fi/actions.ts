import type { Translation } from "../languages";

/** FI words for en/actions.ts. */
export const ACTIONS: Translation = {};
