/**
 * A print-ready PDF of a label plan (docs/design.md §29): pages the size of the layout, each
 * label at `labelPosition`, its barcode drawn as vector paths from bwip-js's SVG (sharp at any
 * printer resolution) and its text lines in Helvetica. pdf-lib is loaded on first use.
 */
import type { PDFFont, PDFPage } from "pdf-lib";
import { labelPosition, labelsPerPage, mmToPoints, type Label, type LabelLayout, type LabelPlan } from "../core";
import { labelBox, type LabelBox } from "./label-box";
import { NodeBarcodes, type PlacedVector } from "./render-node";
import { isLinear } from "./render-options";
import { encodable, fitLine } from "./pdf-text";

type PdfLib = typeof import("pdf-lib");

export interface PdfOptions {
  /** The text lines hold the code: linear barcodes then print no text of their own. */
  codeLine: boolean;
}

/** The PDF's bytes: one page per `labelsPerPage` labels (none for an empty plan). */
export async function labelsPdf(plan: LabelPlan, layout: LabelLayout, options: PdfOptions, renderer = new NodeBarcodes()): Promise<Uint8Array> {
  const lib = await import("pdf-lib");
  const doc = await lib.PDFDocument.create();
  doc.setTitle("Labels");
  doc.setCreator("Inventory Rows");
  const font = await doc.embedFont(lib.StandardFonts.Helvetica);
  const pageCount = Math.ceil(plan.labels.length / labelsPerPage(layout));
  const pages = Array.from({ length: pageCount }, () => doc.addPage([mmToPoints(layout.pageWidthMm), mmToPoints(layout.pageHeightMm)]));
  const showText = isLinear(plan.symbology) && !options.codeLine;
  for (let i = 0; i < plan.labels.length; i++) {
    const label = plan.labels[i];
    const at = labelPosition(layout, i);
    const box = labelBox(layout, plan.symbology, label.lines.length);
    const vector = await renderer.vector({ code: label.code, symbology: plan.symbology, widthMm: box.barcode.widthMm, heightMm: box.barcode.heightMm, showText });
    const page = pages[at.page];
    drawVector(lib, page, vector, at.xMm + box.barcode.xMm, at.yMm + box.barcode.yMm, box);
    drawLines(lib, page, font, label, at.xMm, at.yMm, box, isLinear(plan.symbology));
  }
  return doc.save();
}

/** The barcode centred in its box; `leftMm`/`topMm` is the box's corner on the page. */
function drawVector(lib: PdfLib, page: PDFPage, vector: PlacedVector, leftMm: number, topMm: number, box: LabelBox): void {
  const scale = Math.min(mmToPoints(vector.widthMm) / vector.width, mmToPoints(vector.heightMm) / vector.height);
  const x = mmToPoints(leftMm) + (mmToPoints(box.barcode.widthMm) - vector.width * scale) / 2;
  const y = page.getHeight() - mmToPoints(topMm) - (mmToPoints(box.barcode.heightMm) - vector.height * scale) / 2;
  const black = lib.rgb(0, 0, 0);
  for (const path of vector.paths) {
    if (path.stroke === undefined) page.drawSvgPath(path.d, { x, y, scale, color: black });
    else page.drawSvgPath(path.d, { x, y, scale, borderColor: black, borderWidth: path.stroke });
  }
}

/** The text lines, centred under a linear barcode or left-aligned beside a QR code. */
function drawLines(lib: PdfLib, page: PDFPage, font: PDFFont, label: Label, labelXMm: number, labelYMm: number, box: LabelBox, centred: boolean): void {
  const widthPt = mmToPoints(box.text.widthMm);
  label.lines.forEach((line, k) => {
    const fit = fitLine(font, encodable(font, line), box.fontPt, widthPt);
    const textWidth = font.widthOfTextAtSize(fit.text, fit.sizePt);
    const left = mmToPoints(labelXMm + box.text.xMm) + (centred ? (widthPt - textWidth) / 2 : 0);
    const baseline = page.getHeight() - mmToPoints(labelYMm + box.text.yMm + (k + 1) * box.lineMm) + mmToPoints(box.lineMm) * 0.22;
    page.drawText(fit.text, { x: left, y: baseline, size: fit.sizePt, font, color: lib.rgb(0, 0, 0) });
  });
}
