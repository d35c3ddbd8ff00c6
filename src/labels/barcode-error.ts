/** bwip-js could not encode a code (docs/design.md §29): the engine refuses what it knows first, this is the rest. */
import type { Say, Symbology } from "../core";

export class BarcodeError extends Error {
  override readonly name = "BarcodeError";
  constructor(
    readonly code: string,
    readonly symbology: Symbology,
    /** bwip-js's own words, e.g. `bwipp.ean13badCheckDigit#6915: Incorrect EAN-13 check digit provided`. */
    readonly why: string,
    /** Our own reason as data, without the cell (the caller knows it and adds `cell`), when we refuse rather than bwip-js. */
    readonly say?: Say,
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
