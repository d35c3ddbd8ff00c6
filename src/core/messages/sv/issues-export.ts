import type { Translation } from "../translation";

/** SV words for en/issues-export.ts. */
export const ISSUES_EXPORT: Translation = {
};
