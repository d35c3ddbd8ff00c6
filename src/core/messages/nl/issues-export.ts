import type { Translation } from "../translation";

/** NL words for en/issues-export.ts. */
export const ISSUES_EXPORT: Translation = {
};
