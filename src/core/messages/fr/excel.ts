import type { Translation } from "../languages";

/** FR words for en/excel.ts. */
export const EXCEL: Translation = {};
