import type { Translation } from "../translation";

/** FI words for en/entry-rules.ts. */
export const ENTRY_RULES: Translation = {
};
