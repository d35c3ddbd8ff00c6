/**
 * The SV catalogue: the same keys as English (en/), one file per area as there. A key
 * missing here is shown in English; test/core/message-catalogues.test.ts lists it.
 */
import type { Translation } from "../languages";

export const SV: Translation = {};
