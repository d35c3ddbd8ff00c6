import type { Translation } from "../languages";

/** DE words for en/app.ts. */
export const APP: Translation = {};
