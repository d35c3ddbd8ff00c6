/**
 * `labels --out LABELS.xlsx` (docs/design.md §29): a workbook with one sheet laid out as the
 * add-in lays out its Labels sheet (labelSheetGrid): column widths and row heights that put each
 * label cell where the label is, margins and paper from the layout, no gridlines, a page break
 * after each page. Each barcode is a PNG anchored in its label cell (offsets in EMU, so its place
 * does not depend on how a reader converts column widths); the text lines are the cell's value.
 */
import ExcelJS from "exceljs";
import { columnLetters, labelCell, labelPageBreaks, labelSheetGrid, toAddress, type LabelLayout, type LabelPlan } from "../core";
import { labelBox, type LabelBox } from "../labels/label-box";
import { NodeBarcodes } from "../labels/render-node";
import { isLinear, printedSize } from "../labels/render-options";
import type { BarcodePicture } from "../labels/barcode-renderer";
import { drawLabels, type CellNamer } from "../labels/drawn-labels";
import type { LabelsFile } from "../labels/labels-pdf";

const EMU_PER_MM = 36000;
const PX_PER_MM = 96 / 25.4;
/** Excel's paper size codes (the `paperSize` of page setup). */
const PAPER: Record<LabelLayout["paper"], number | undefined> = { A4: 9, Letter: 1, roll: undefined };

export interface LabelsXlsxOptions {
  sheetName: string;
  /** The text lines hold the code: linear barcodes then print no text of their own. */
  codeLine: boolean;
  /** Names a refused code's cell; default A1-based addresses. */
  cell?: CellNamer;
}

/** The workbook for `plan` on `layout`; a code that cannot be drawn is left out (listed with its cell), the others close up. */
export async function labelsWorkbook(plan: LabelPlan, layout: LabelLayout, options: LabelsXlsxOptions, renderer = new NodeBarcodes()): Promise<LabelsFile<ExcelJS.Workbook>> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(options.sheetName, { views: [{ showGridLines: false }] });
  const showText = isLinear(plan.symbology) && !options.codeLine;
  const requestOf = (lines: number) => {
    const box = labelBox(layout, plan.symbology, lines);
    return { box, request: { symbology: plan.symbology, widthMm: box.barcode.widthMm, heightMm: box.barcode.heightMm, showText } };
  };
  const { drawn, refused } = await drawLabels(plan, options.cell ?? ((r, c) => toAddress(r, c)), (label) => renderer.png({ ...requestOf(label.lines.length).request, code: label.code }));
  layOut(sheet, layout, drawn.length);
  for (let i = 0; i < drawn.length; i++) {
    const { label, picture } = drawn[i];
    const { box, request } = requestOf(label.lines.length);
    const at = labelCell(layout, i);
    const image = workbook.addImage({ base64: picture.base64, extension: "png" });
    sheet.addImage(image, anchorIn(at, box, picture, printedSize({ ...request, code: label.code })));
    const cell = sheet.getCell(at.row + 1, at.column + 1);
    cell.value = label.lines.join("\n");
    cell.font = { name: "Arial", size: box.fontPt };
    cell.alignment = { wrapText: true, vertical: isLinear(plan.symbology) ? "bottom" : "middle", horizontal: isLinear(plan.symbology) ? "center" : "right" };
  }
  return { file: workbook, labels: drawn.length, refused };
}

/** Column widths, row heights for every page, page setup and page breaks. */
function layOut(sheet: ExcelJS.Worksheet, layout: LabelLayout, count: number): void {
  const grid = labelSheetGrid(layout);
  grid.columnWidthsPt.forEach((pt, c) => {
    sheet.getColumn(c + 1).width = columnChars(pt);
  });
  const pages = Math.max(1, Math.ceil(count / (layout.columns * layout.rows)));
  const perPage = grid.pageRowHeightsPt.length;
  for (let r = 0; r < pages * perPage; r++) sheet.getRow(r + 1).height = grid.pageRowHeightsPt[r % perPage];
  for (const row of labelPageBreaks(layout, count)) sheet.getRow(row).addPageBreak();
  const m = grid.marginsIn;
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: PAPER[layout.paper],
    orientation: "portrait",
    // One page wide: 100 % in Excel, whose widths fill the printable width exactly; a reader that
    // measures the default font's digit wider (LibreOffice: 7.4 px) shrinks the page to fit.
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { top: m.top, bottom: m.bottom, left: m.left, right: m.right, header: 0, footer: 0 },
    printArea: `A1:${columnLetters(grid.columnWidthsPt.length - 1)}${pages * perPage}`,
  };
}

/** Where the picture goes: its box inside the label cell, centred, at the size it is printed. */
function anchorIn(at: { row: number; column: number }, box: LabelBox, picture: BarcodePicture, size: { widthMm: number; heightMm: number }) {
  const scale = Math.min(size.widthMm / picture.widthPx, size.heightMm / picture.heightPx);
  const [w, h] = [picture.widthPx * scale, picture.heightPx * scale];
  const x = box.barcode.xMm + (box.barcode.widthMm - w) / 2;
  const y = box.barcode.yMm + (box.barcode.heightMm - h) / 2;
  return {
    tl: { nativeCol: at.column, nativeColOff: Math.round(x * EMU_PER_MM), nativeRow: at.row, nativeRowOff: Math.round(y * EMU_PER_MM) },
    ext: { width: w * PX_PER_MM, height: h * PX_PER_MM },
    editAs: "oneCell",
  } as unknown as ExcelJS.ImageRange;
}

/**
 * The width a column's `<col width>` stores for a width in points: Excel draws a column
 * `width` × 7 px wide at 96 dpi, 7 px being the digit width of the workbook's default font
 * (Calibri 11, which exceljs writes). The "8.43" Excel's dialog shows is that less 5 px of padding.
 */
export function columnChars(pt: number): number {
  const px = (pt * 96) / 72;
  return Math.round((px / 7) * 256) / 256;
}
