/**
 * The bwip-js options for a label's barcode (docs/design.md §29), shared by the Node and the
 * browser renderers so both draw the same barcode.
 *
 * Decisions:
 * - Quiet zones from the symbology standards: Code 128 ten modules each side, EAN-13 eleven
 *   left and seven right, QR four modules. At bwip-js scale 1 a linear module is 1 pt and a QR
 *   module 2 pt, so paddings are given in those units.
 * - A linear barcode fills the space it is given: a first drawing at scale 1 measures its
 *   width (the modules) and the height of its text, the bars then get the height that gives
 *   the space's proportions. QR stays square.
 * - A linear barcode whose narrowest bar (one module) would print under 0.19 mm is refused for
 *   that label: a 300 dpi printer gives it at least 2 dots (0.085 mm each), so one dot of bar
 *   growth stays under half a module, and 0.19 mm (7.5 mil) is within what general-purpose
 *   handheld scanners read. On the 57 mm roll that is about 20 Code 128 characters.
 * - PNG scale: whole pixels per module (crisp bars), enough for at least 300 dpi at the size
 *   the picture is printed. PNGs have a white background: a transparent one reads as black
 *   to some decoders (zbar). SVGs have none: a PDF draws on paper.
 */
import { quotedCode, say, type Symbology } from "../core";
import type { BarcodeRequest } from "./barcode-renderer";
import { BarcodeError, encoding } from "./barcode-error";
import { parseBarcodeSvg } from "./barcode-svg";

/** The bwip-js option set we use (a subset of its RenderOptions). */
export interface BwipOptions {
  bcid: string;
  text: string;
  scale: number;
  height?: number;
  includetext?: boolean;
  textxalign?: "center";
  guardwhitespace?: boolean;
  paddingleft?: number;
  paddingright?: number;
  paddingtop?: number;
  paddingbottom?: number;
  backgroundcolor?: string;
}

/** A drawing's size in bwip-js units (points at scale 1). */
export interface Measured {
  width: number;
  height: number;
}

export const PRINT_DPI = 300;
/** The narrowest bar a linear barcode may print with, in mm (see the file's comment). */
export const MIN_MODULE_MM = 0.19;
const MM_PER_PT = 25.4 / 72;
/** The bar height of the measuring drawing, in mm (bwip-js takes bar heights in mm). */
const PROBE_HEIGHT_MM = 10;
/** A scale no label needs (a 57 mm label at 300 dpi needs 673 px): guards against a runaway bitmap. */
const MAX_SCALE = 24;

const BCID: Record<Symbology, string> = { code128: "code128", qr: "qrcode", ean13: "ean13" };

export const isLinear = (symbology: Symbology): boolean => symbology !== "qr";

/** Options of the measuring drawing at scale 1. */
export function probeOptions(request: BarcodeRequest): BwipOptions {
  const base: BwipOptions = { bcid: BCID[request.symbology], text: request.code, scale: 1, ...quietZone(request) };
  if (!isLinear(request.symbology)) return base;
  // EAN-13 places its digits itself (the first one in the left quiet zone); Code 128 centres its text.
  const centred = request.symbology === "code128" ? { textxalign: "center" as const } : {};
  const text = request.showText ? { includetext: true, ...centred } : {};
  return { ...base, ...text, height: PROBE_HEIGHT_MM };
}

function quietZone(request: BarcodeRequest): Partial<BwipOptions> {
  if (request.symbology === "qr") return { paddingleft: 8, paddingright: 8, paddingtop: 8, paddingbottom: 8 };
  if (request.symbology === "ean13") return request.showText ? { guardwhitespace: true } : { paddingleft: 11, paddingright: 7 };
  return { paddingleft: 10, paddingright: 10 };
}

/**
 * The final options for `request`, given the size of the measuring drawing: bars as tall as
 * the request's proportions allow, at `scale`.
 */
export function finalOptions(request: BarcodeRequest, probe: Measured, scale: number): BwipOptions {
  const options = { ...probeOptions(request), scale };
  if (!isLinear(request.symbology)) return options;
  const textPt = probe.height - PROBE_HEIGHT_MM / MM_PER_PT;
  const wantedPt = probe.width * (request.heightMm / request.widthMm);
  return { ...options, height: Math.max(2, (wantedPt - textPt) * MM_PER_PT) };
}

/** The size (mm) the drawing is printed at: the request's space, with QR kept square. */
export function printedSize(request: BarcodeRequest): { widthMm: number; heightMm: number } {
  if (isLinear(request.symbology)) return { widthMm: request.widthMm, heightMm: request.heightMm };
  const side = Math.min(request.widthMm, request.heightMm);
  return { widthMm: side, heightMm: side };
}

/** `finalOptions` for a PNG: at `pngScale`, on white. */
export function pngOptions(request: BarcodeRequest, probe: Measured): BwipOptions {
  return { ...finalOptions(request, probe, pngScale(request, probe)), backgroundcolor: "FFFFFF" };
}

/** Whole pixels per module so the picture has at least `PRINT_DPI` at its printed width. */
export function pngScale(request: BarcodeRequest, probe: Measured): number {
  const pixels = (printedSize(request).widthMm / 25.4) * PRINT_DPI;
  return Math.min(MAX_SCALE, Math.max(1, Math.ceil(pixels / probe.width)));
}

/**
 * Measures the drawing at scale 1 (bwip-js `toSVG` of either build); rejects a linear barcode
 * whose modules would print narrower than `MIN_MODULE_MM` in the request's width.
 */
export function measure(toSVG: (options: BwipOptions) => string, request: BarcodeRequest): Measured {
  const probe = parseBarcodeSvg(encoding(request.code, request.symbology, () => toSVG(probeOptions(request))));
  if (isLinear(request.symbology)) refuseDense(request, printedSize(request).widthMm / probe.width);
  return { width: probe.width, height: probe.height };
}

function refuseDense(request: BarcodeRequest, moduleMm: number): void {
  if (moduleMm >= MIN_MODULE_MM) return;
  const width = Math.floor(moduleMm * 100) / 100;
  const why = `bars ${width} mm wide, under ${MIN_MODULE_MM} mm`;
  throw new BarcodeError(request.code, request.symbology, why, say("labels-too-dense", { code: quotedCode(request.code), width, min: MIN_MODULE_MM }));
}
