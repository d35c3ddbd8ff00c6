import type { Translation } from "../translation";

/** NL words for en/entry-rules.ts. */
export const ENTRY_RULES: Translation = {
};
