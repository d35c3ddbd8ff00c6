/**
 * Drawing barcodes (issue 17, docs/design.md §29): the one seam between the labels the engine
 * plans and bwip-js, which encodes and draws them (no barcode is encoded by hand). The command
 * line draws in Node, the pane in the browser; the app takes a renderer so tests can pass one.
 */
import type { Symbology } from "../core";

/** A drawn barcode: PNG bytes as base64 (what Excel's `shapes.addImage` takes) and its size in pixels. */
export interface BarcodePicture {
  base64: string;
  widthPx: number;
  heightPx: number;
}

export interface BarcodeRequest {
  code: string;
  symbology: Symbology;
  /** The space the barcode may fill on the label, in mm; the picture keeps the symbology's proportions within it. */
  widthMm: number;
  heightMm: number;
  /** Print the code in human-readable text under a linear barcode. */
  showText: boolean;
}

export interface BarcodeRenderer {
  /** Rejects with a `BarcodeError` naming why bwip-js could not encode the code. */
  png(request: BarcodeRequest): Promise<BarcodePicture>;
}
