/**
 * Barcodes drawn in Node (docs/design.md §29): PNG for the .xlsx and the tests, SVG paths for
 * the PDF. bwip-js is loaded on first use, so the rest of the command line never pays for it.
 */
import type { BarcodePicture, BarcodeRenderer, BarcodeRequest } from "./barcode-renderer";
import { BarcodeError, encoding } from "./barcode-error";
import { parseBarcodeSvg, type BarcodeVector } from "./barcode-svg";
import { finalOptions, measure, pngOptions, printedSize } from "./render-options";

type Bwip = typeof import("bwip-js/node");

let loaded: Promise<Bwip> | undefined;
const bwip = (): Promise<Bwip> => (loaded ??= import("bwip-js/node"));

/** A vector drawing and the size (mm) it is printed at. */
export interface PlacedVector extends BarcodeVector {
  widthMm: number;
  heightMm: number;
}

export class NodeBarcodes implements BarcodeRenderer {
  async png(request: BarcodeRequest): Promise<BarcodePicture> {
    const b = await bwip();
    const probe = measure(b.toSVG, request);
    let png: Buffer;
    try {
      png = await b.toBuffer(pngOptions(request, probe));
    } catch (error) {
      throw new BarcodeError(request.code, request.symbology, error instanceof Error ? error.message : String(error));
    }
    return { base64: png.toString("base64"), ...pngSize(png) };
  }

  /** The barcode as vector paths, for a PDF. */
  async vector(request: BarcodeRequest): Promise<PlacedVector> {
    const b = await bwip();
    const probe = measure(b.toSVG, request);
    const svg = encoding(request.code, request.symbology, () => b.toSVG(finalOptions(request, probe, 1)));
    return { ...parseBarcodeSvg(svg), ...printedSize(request) };
  }
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Uint8Array): { widthPx: number; heightPx: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { widthPx: view.getUint32(16), heightPx: view.getUint32(20) };
}
