import type { Translation } from "../languages";

/** SV words for en/actions.ts. */
export const ACTIONS: Translation = {};
