import type { Translation } from "../translation";

/** SV words for en/cli.ts. */
export const CLI: Translation = {
};
