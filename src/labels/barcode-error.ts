/** bwip-js could not encode a code (docs/design.md §29): the engine refuses what it knows first, this is the rest. */
import type { Symbology } from "../core";

export class BarcodeError extends Error {
  override readonly name = "BarcodeError";
  constructor(
    readonly code: string,
    readonly symbology: Symbology,
    /** bwip-js's own words, e.g. `bwipp.ean13badCheckDigit#6915: Incorrect EAN-13 check digit provided`. */
    readonly why: string,
  ) {
    super(`${symbology} cannot encode "${code}": ${why}`);
  }
}

/** Runs a bwip-js call, turning its failure into a `BarcodeError`. */
export function encoding<T>(code: string, symbology: Symbology, draw: () => T): T {
  try {
    return draw();
  } catch (error) {
    throw new BarcodeError(code, symbology, error instanceof Error ? error.message : String(error));
  }
}
