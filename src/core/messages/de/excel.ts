import type { Translation } from "../languages";

/** DE words for en/excel.ts. */
export const EXCEL: Translation = {};
