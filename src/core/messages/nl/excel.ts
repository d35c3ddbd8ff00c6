import type { Translation } from "../languages";

/** NL words for en/excel.ts. */
export const EXCEL: Translation = {};
