/**
 * One block of labels on the labels sheet, queued for one sync: each label's text lines in its
 * cell (formatted `@` before the value, so a code like `00123` or `=1+1` stays as written), and
 * its barcode picture placed over the cell, above the text.
 */
import type { LabelLayout, LabelSheetGrid } from "../core";
import { LABEL_FONT_PT, labelBox, pictureAreaMm, pictureBox } from "./labels-geometry";

/** A drawn barcode: PNG (or JPEG) as base64 and its size in pixels. */
export interface LabelPicture {
  base64: string;
  widthPx: number;
  heightPx: number;
}

/** A label as the sheet shows it. */
export interface SheetLabel {
  code: string;
  /** The text lines printed under the barcode. */
  lines: readonly string[];
  picture: LabelPicture;
}

/** Queues labels `start` … `end − 1` (indexes into `labels`, which are also their places on the pages). */
export function queueLabelBlock(
  sheet: Excel.Worksheet, layout: LabelLayout, grid: LabelSheetGrid, labels: readonly SheetLabel[], block: { start: number; end: number },
): void {
  for (let index = block.start; index < block.end; index++) {
    const label = labels[index];
    const { cell, box } = labelBox(layout, grid, index);
    const range = sheet.getRangeByIndexes(cell.row, cell.column, 1, 1);
    range.numberFormat = [["@"]];
    range.values = [[label.lines.join("\n")]];
    range.format.wrapText = true;
    range.format.verticalAlignment = "Bottom" as Excel.VerticalAlignment;
    range.format.horizontalAlignment = "Center" as Excel.HorizontalAlignment;
    range.format.font.size = LABEL_FONT_PT;
    const place = pictureBox(box, pictureAreaMm(layout, label.lines.length), label.picture.widthPx, label.picture.heightPx);
    const image = sheet.shapes.addImage(label.picture.base64);
    image.name = `Label ${index + 1}`;
    image.altTextDescription = label.code;
    image.left = place.left;
    image.top = place.top;
    image.width = place.width;
    image.height = place.height;
  }
}
