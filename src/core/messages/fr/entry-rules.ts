import type { Translation } from "../translation";

/** FR words for en/entry-rules.ts. */
export const ENTRY_RULES: Translation = {
};
