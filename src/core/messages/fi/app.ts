import type { Translation } from "../languages";

/** FI words for en/app.ts. */
export const APP: Translation = {};
