import type { Translation } from "../translation";

/** FI words for en/issues-export.ts. */
export const ISSUES_EXPORT: Translation = {
};
