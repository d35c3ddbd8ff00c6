import type { Translation } from "../translation";

/** FI words for en/cli.ts. */
export const CLI: Translation = {
};
