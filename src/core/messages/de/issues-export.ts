import type { Translation } from "../translation";

/** DE words for en/issues-export.ts. */
export const ISSUES_EXPORT: Translation = {
};
