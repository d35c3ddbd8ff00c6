/**
 * The pane's renderer draws with bwip-js's browser build on a canvas. Jest has no canvas, so a
 * small one stands in: it keeps the pixels bwip-js puts and encodes them as PNG (pngjs); the
 * picture then has to scan back to the code like the Node one.
 */
import { PNG } from "pngjs";
import { BrowserBarcodes } from "../../src/labels/render-browser";
import { NodeBarcodes } from "../../src/labels/render-node";
import type { BarcodeRequest } from "../../src/labels/barcode-renderer";
import { decodePng } from "./decode";

/** The part of a canvas bwip-js uses (it recognises a canvas by its class name). */
class HTMLCanvasElement {
  width = 0;
  height = 0;
  private image: ImageData | undefined;

  getContext(): unknown {
    return {
      setTransform: () => undefined,
      fillRect: () => undefined,
      clearRect: () => undefined,
      getImageData: (_x: number, _y: number, w: number, h: number) => ({ width: w, height: h, data: new Uint8ClampedArray(w * h * 4) }),
      putImageData: (image: ImageData) => {
        this.image = image;
      },
    };
  }

  toDataURL(): string {
    const png = new PNG({ width: this.width, height: this.height });
    png.data = Buffer.from((this.image as ImageData).data);
    return `data:image/png;base64,${PNG.sync.write(png).toString("base64")}`;
  }
}

const browser = new BrowserBarcodes(() => new HTMLCanvasElement() as unknown as globalThis.HTMLCanvasElement);

test.each([
  ["POLE-07", "code128"],
  ["Ääkköset 0042", "qr"],
  ["5901234123457", "ean13"],
] as const)("the browser renderer's PNG of %s (%s) scans back to the code", async (code, symbology) => {
  const request: BarcodeRequest = { code, symbology, widthMm: 59.5, heightMm: 20, showText: true };
  const picture = await browser.png(request);
  expect(decodePng(Buffer.from(picture.base64, "base64"), symbology).text).toBe(code);
});

test("the browser and Node renderers draw pictures of the same size", async () => {
  const request: BarcodeRequest = { code: "POLE-07", symbology: "code128", widthMm: 59.5, heightMm: 20, showText: true };
  const [a, b] = await Promise.all([browser.png(request), new NodeBarcodes().png(request)]);
  expect([a.widthPx, a.heightPx]).toEqual([b.widthPx, b.heightPx]);
});
