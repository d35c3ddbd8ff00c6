/** jsdom has no TextEncoder; the strict test host measures payloads with it. Import before the host. */
import { TextDecoder, TextEncoder } from "util";

Object.assign(globalThis, { TextEncoder: globalThis.TextEncoder ?? TextEncoder, TextDecoder: globalThis.TextDecoder ?? TextDecoder });
