/**
 * Barcodes drawn in the browser (docs/design.md §29), for the pane's Labels action: bwip-js
 * draws on a canvas, the canvas gives the PNG that `shapes.addImage` takes. Same options as
 * Node (render-options.ts), so both draw the same barcode. bwip-js is loaded on first use.
 */
import type { BarcodePicture, BarcodeRenderer, BarcodeRequest } from "./barcode-renderer";
import { encoding } from "./barcode-error";
import { measure, pngOptions } from "./render-options";

/** The canvas API bwip-js draws on and we read the PNG from. */
export type PictureCanvas = HTMLCanvasElement;

export class BrowserBarcodes implements BarcodeRenderer {
  constructor(private readonly makeCanvas: () => PictureCanvas = () => document.createElement("canvas")) {}

  async png(request: BarcodeRequest): Promise<BarcodePicture> {
    const b = await import("bwip-js/browser");
    const probe = measure(b.toSVG, request);
    const canvas = this.makeCanvas();
    encoding(request.code, request.symbology, () => b.toCanvas(canvas, pngOptions(request, probe)));
    const url = canvas.toDataURL("image/png");
    return { base64: url.slice(url.indexOf(",") + 1), widthPx: canvas.width, heightPx: canvas.height };
  }
}
