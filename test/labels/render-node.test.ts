/** Barcodes drawn in Node scan back to exactly the code (issue 17: a scanner typing into Find finds the row). */
import { NodeBarcodes, pngSize } from "../../src/labels/render-node";
import { BarcodeError } from "../../src/labels/barcode-error";
import type { BarcodeRequest } from "../../src/labels/barcode-renderer";
import { decodePng } from "./decode";
import { LABEL_LAYOUTS } from "../../src/core";
import { labelBox } from "../../src/labels/label-box";
import { MIN_MODULE_MM } from "../../src/labels/render-options";

const renderer = new NodeBarcodes();
const request = (code: string, symbology: BarcodeRequest["symbology"], showText = true): BarcodeRequest => ({ code, symbology, widthMm: 59.5, heightMm: 20, showText });
const decoded = async (r: BarcodeRequest) => decodePng(Buffer.from((await renderer.png(r)).base64, "base64"), r.symbology);

test.each(["POLE-01", "0042", "A b/c+%$-.", "x".repeat(20)])("Code 128 %s decodes to exactly the code", async (code) => {
  expect(await decoded(request(code, "code128"))).toEqual({ text: code, format: "CODE_128" });
});

test.each(["POLE-01", "Ääkköset ✓ 0042", "https://example.test/unit?id=007"])("QR %s decodes to exactly the code, any text", async (code) => {
  expect(await decoded(request(code, "qr"))).toEqual({ text: code, format: "QR_CODE" });
});

test("EAN-13 decodes to the 13 digits (leading zero kept)", async () => {
  expect(await decoded(request("0036000291452", "ean13"))).toEqual({ text: "0036000291452", format: "EAN_13" });
  expect(await decoded(request("5901234123457", "ean13", false))).toEqual({ text: "5901234123457", format: "EAN_13" });
});

test("a picture has at least 300 dpi at its printed width and the space's proportions", async () => {
  const picture = await renderer.png(request("POLE-01", "code128"));
  expect(picture.widthPx / (59.5 / 25.4)).toBeGreaterThanOrEqual(300);
  // bwip-js rounds the bar height to whole pixels: the proportions hold to a few per cent.
  expect(Math.abs(picture.widthPx / picture.heightPx / (59.5 / 20) - 1)).toBeLessThan(0.05);
  expect(pngSize(Buffer.from(picture.base64, "base64"))).toEqual({ widthPx: picture.widthPx, heightPx: picture.heightPx });
  const qr = await renderer.png(request("POLE-01", "qr"));
  expect(qr.widthPx).toBe(qr.heightPx);
  expect(qr.widthPx / (20 / 25.4)).toBeGreaterThanOrEqual(300);
});

test("a code bwip-js cannot encode rejects with a BarcodeError naming why", async () => {
  const failure = renderer.png(request("5901234123458", "ean13"));
  await expect(failure).rejects.toBeInstanceOf(BarcodeError);
  await expect(failure).rejects.toThrow(/check digit/i);
});

test("the vector drawing has the PNG's proportions and paths only", async () => {
  const vector = await renderer.vector(request("POLE-01", "code128"));
  expect(Math.abs(vector.width / vector.height / (59.5 / 20) - 1)).toBeLessThan(0.05);
  expect(vector.paths.some((p) => p.stroke !== undefined)).toBe(true);
  expect(vector.paths.some((p) => p.stroke === undefined)).toBe(true); // the human-readable text
  expect([vector.widthMm, vector.heightMm]).toEqual([59.5, 20]);
});

describe("bars too thin to scan", () => {
  const roll = labelBox(LABEL_LAYOUTS.roll57x32, "code128", 2).barcode;
  const onRoll = (code: string): BarcodeRequest => ({ code, symbology: "code128", widthMm: roll.widthMm, heightMm: roll.heightMm, showText: false });

  test("a 40-character Code 128 code on the 57 mm roll is refused with its bar width, suggesting QR or a wider label", async () => {
    const failure = renderer.png(onRoll("ABCDEFGHIJ".repeat(4)));
    await expect(failure).rejects.toBeInstanceOf(BarcodeError);
    const error = (await failure.catch((e: unknown) => e)) as BarcodeError;
    // 40 characters: 11 modules each, start, check and stop 35, quiet zones 20 = 495 modules on 54 mm.
    expect(error.say).toEqual({ id: "labels-too-dense", values: { code: "ABCDEFGHIJ".repeat(4), width: 0.1, min: MIN_MODULE_MM } });
    await expect(renderer.vector(onRoll("ABCDEFGHIJ".repeat(4)))).rejects.toBeInstanceOf(BarcodeError);
  });

  test("a short code on the roll still draws and scans", async () => {
    expect(await decoded(onRoll("POLE-0001"))).toEqual({ text: "POLE-0001", format: "CODE_128" });
  });
});
