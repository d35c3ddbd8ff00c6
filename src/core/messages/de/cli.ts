import type { Translation } from "../translation";

/** DE words for en/cli.ts. */
export const CLI: Translation = {
};
