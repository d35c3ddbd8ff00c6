import type { Translation } from "../translation";

/** FR words for en/cli.ts. */
export const CLI: Translation = {
};
