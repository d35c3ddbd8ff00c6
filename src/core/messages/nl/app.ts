import type { Translation } from "../languages";

/** NL words for en/app.ts. */
export const APP: Translation = {};
