import type { Translation } from "../languages";

/** SV words for en/app.ts. */
export const APP: Translation = {};
