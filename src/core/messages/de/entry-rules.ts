import type { Translation } from "../translation";

/** DE words for en/entry-rules.ts. */
export const ENTRY_RULES: Translation = {
};
