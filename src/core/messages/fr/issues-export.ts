import type { Translation } from "../translation";

/** FR words for en/issues-export.ts. */
export const ISSUES_EXPORT: Translation = {
};
