import type { Translation } from "../translation";

/** NL words for en/cli.ts. */
export const CLI: Translation = {
};
