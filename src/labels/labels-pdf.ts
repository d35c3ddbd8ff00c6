/**
 * A print-ready PDF of a label plan (docs/design.md §29): pages the size of the layout, each
 * label at `labelPosition`, its barcode drawn as vector paths from bwip-js's SVG (sharp at any
 * printer resolution) and its text lines in Helvetica. pdf-lib is loaded on first use.
 */
import type { PDFFont, PDFPage } from "pdf-lib";
import { labelPosition, labelsPerPage, mmToPoints, toAddress, type Label, type LabelLayout, type LabelPlan, type LabelRefusal } from "../core";
import { labelBox, type LabelBox } from "./label-box";
import { NodeBarcodes, type PlacedVector } from "./render-node";
import { isLinear } from "./render-options";
import { encodable, fitLine } from "./pdf-text";
import { drawLabels, type CellNamer } from "./drawn-labels";

type PdfLib = typeof import("pdf-lib");

export interface PdfOptions {
  /** The text lines hold the code: linear barcodes then print no text of their own. */
  codeLine: boolean;
  /** Names a refused code's cell; default A1-based addresses. */
  cell?: CellNamer;
}

/** What was printed: the PDF's bytes, the labels in it, and the codes that could not be drawn (with their cells). */
export interface LabelsFile<T> {
  file: T;
  labels: number;
  refused: LabelRefusal[];
}

/** The PDF: one page per `labelsPerPage` labels (none for an empty plan); a code that cannot be drawn is left out, the others close up. */
export async function labelsPdf(plan: LabelPlan, layout: LabelLayout, options: PdfOptions, renderer = new NodeBarcodes()): Promise<LabelsFile<Uint8Array>> {
  const lib = await import("pdf-lib");
  const doc = await lib.PDFDocument.create();
  doc.setTitle("Labels");
  doc.setCreator("Inventory Rows");
  const font = await doc.embedFont(lib.StandardFonts.Helvetica);
  const showText = isLinear(plan.symbology) && !options.codeLine;
  const boxOf = (label: Label): LabelBox => labelBox(layout, plan.symbology, label.lines.length);
  const { drawn, refused } = await drawLabels(plan, options.cell ?? ((r, c) => toAddress(r, c)), (label) => {
    const box = boxOf(label);
    return renderer.vector({ code: label.code, symbology: plan.symbology, widthMm: box.barcode.widthMm, heightMm: box.barcode.heightMm, showText });
  });
  const pageCount = Math.ceil(drawn.length / labelsPerPage(layout));
  const pages = Array.from({ length: pageCount }, () => doc.addPage([mmToPoints(layout.pageWidthMm), mmToPoints(layout.pageHeightMm)]));
  drawn.forEach(({ label, picture }, i) => {
    const at = labelPosition(layout, i);
    const box = boxOf(label);
    const page = pages[at.page];
    drawVector(lib, page, picture, at.xMm + box.barcode.xMm, at.yMm + box.barcode.yMm, box);
    drawLines(lib, page, font, label, at.xMm, at.yMm, box, isLinear(plan.symbology));
  });
  return { file: await doc.save(), labels: drawn.length, refused };
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
