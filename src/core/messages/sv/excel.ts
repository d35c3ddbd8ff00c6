import type { Translation } from "../languages";

/** SV words for en/excel.ts. */
export const EXCEL: Translation = {};
