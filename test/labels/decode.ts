/** Test helper: reads a barcode back from PNG bytes with @zxing/library (a kept decoder), as a scanner would. */
import { PNG } from "pngjs";
import { BarcodeFormat, BinaryBitmap, DecodeHintType, HybridBinarizer, MultiFormatReader, RGBLuminanceSource } from "@zxing/library";

const FORMATS = { code128: BarcodeFormat.CODE_128, qr: BarcodeFormat.QR_CODE, ean13: BarcodeFormat.EAN_13 } as const;

/** The text a barcode in `png` carries and the format zxing found. */
export function decodePng(png: Buffer, expect: keyof typeof FORMATS): { text: string; format: string } {
  const image = PNG.sync.read(png);
  const luminance = new Uint8ClampedArray(image.width * image.height);
  for (let i = 0; i < luminance.length; i++) {
    const [r, g, b, a] = image.data.subarray(i * 4, i * 4 + 4);
    // Transparent pixels are paper: white.
    const mix = (c: number): number => (c * a + 255 * (255 - a)) / 255;
    luminance[i] = Math.round(0.299 * mix(r) + 0.587 * mix(g) + 0.114 * mix(b));
  }
  const reader = new MultiFormatReader();
  const hints = new Map<DecodeHintType, unknown>([[DecodeHintType.POSSIBLE_FORMATS, [FORMATS[expect]]], [DecodeHintType.TRY_HARDER, true]]);
  const source = new RGBLuminanceSource(luminance, image.width, image.height);
  const result = reader.decode(new BinaryBitmap(new HybridBinarizer(source)), hints);
  return { text: result.getText(), format: BarcodeFormat[result.getBarcodeFormat()] };
}
