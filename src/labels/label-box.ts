/**
 * Where the barcode and the text lines sit inside one label (docs/design.md §29), in mm from
 * the label's top-left corner. The PDF and the .xlsx use it; the pane can too.
 *
 * Decisions:
 * - A 2 mm inset on every side (1.5 mm on labels under 30 mm tall): sheet feeders shift a
 *   label by about a millimetre, and print that runs over the die cut is lost.
 * - Linear barcodes take the full width on top, the text lines go under them. QR stays
 *   square on the left, the text lines go beside it.
 * - The font scales with the label's height (6–9 pt).
 */
import type { LabelLayout, Symbology } from "../core";
import { isLinear } from "./render-options";

export interface BoxMm {
  xMm: number;
  yMm: number;
  widthMm: number;
  heightMm: number;
}

export interface LabelBox {
  barcode: BoxMm;
  text: BoxMm;
  fontPt: number;
  /** Height of one text line, in mm. */
  lineMm: number;
}

const MM_PER_PT = 25.4 / 72;
const LINE_SPACING = 1.2;
/** Between the barcode and the text. */
const GAP_MM = 1;

/** The boxes of a label of `layout` with `lineCount` text lines. */
export function labelBox(layout: LabelLayout, symbology: Symbology, lineCount: number): LabelBox {
  const inset = layout.labelHeightMm < 30 ? 1.5 : 2;
  const w = layout.labelWidthMm - 2 * inset;
  const h = layout.labelHeightMm - 2 * inset;
  const fontPt = Math.min(9, Math.max(6, Math.round(layout.labelHeightMm * 0.22)));
  const lineMm = fontPt * LINE_SPACING * MM_PER_PT;
  const textMm = lineCount * lineMm;
  if (isLinear(symbology)) {
    const barHeight = lineCount === 0 ? h : h - textMm - GAP_MM;
    const textTop = lineCount === 0 ? inset + h : inset + barHeight + GAP_MM;
    return {
      barcode: { xMm: inset, yMm: inset, widthMm: w, heightMm: barHeight },
      text: { xMm: inset, yMm: textTop, widthMm: w, heightMm: textMm },
      fontPt,
      lineMm,
    };
  }
  const side = lineCount === 0 ? Math.min(w, h) : Math.min(h, w / 2);
  const left = lineCount === 0 ? inset + (w - side) / 2 : inset;
  return {
    barcode: { xMm: left, yMm: inset + (h - side) / 2, widthMm: side, heightMm: side },
    text: { xMm: inset + side + 2 * GAP_MM, yMm: inset + (h - textMm) / 2, widthMm: w - side - 2 * GAP_MM, heightMm: textMm },
    fontPt,
    lineMm,
  };
}
