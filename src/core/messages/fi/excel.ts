import type { Translation } from "../languages";

/** FI words for en/excel.ts. */
export const EXCEL: Translation = {};
