import type { Translation } from "../translation";

/** SV words for en/entry-rules.ts. */
export const ENTRY_RULES: Translation = {
};
