import type { Translation } from "../languages";

/** FR words for en/app.ts. */
export const APP: Translation = {};
