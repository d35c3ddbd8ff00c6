/**
 * Where things sit on the labels sheet, in points from the sheet's top-left corner: each label's
 * cell (label-layouts.ts gives the grid), and its barcode picture inside it, above the label's
 * text lines, which the cell holds at its bottom.
 */
import { labelCell, mmToPoints, type LabelCell, type LabelLayout, type LabelSheetGrid } from "../core";

/** Space kept free along a label's edges, in mm (printers and label stock shift a little). */
export const LABEL_PADDING_MM = 2;
/** Height of one text line in points: 8 pt text with Excel's line spacing. */
export const LABEL_LINE_PT = 11;
/** The font size of a label's text lines, in points. */
export const LABEL_FONT_PT = 8;

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

const sum = (values: readonly number[], count: number): number => values.slice(0, count).reduce((a, b) => a + b, 0);

/** Label `index`'s cell and its box in points. */
export function labelBox(layout: LabelLayout, grid: LabelSheetGrid, index: number): { cell: LabelCell; box: Box } {
  const cell = labelCell(layout, index);
  const perPage = grid.pageRowHeightsPt.length;
  const pages = Math.floor(cell.row / perPage);
  const top = pages * sum(grid.pageRowHeightsPt, perPage) + sum(grid.pageRowHeightsPt, cell.row % perPage);
  return {
    cell,
    box: { left: sum(grid.columnWidthsPt, cell.column), top, width: mmToPoints(layout.labelWidthMm), height: mmToPoints(layout.labelHeightMm) },
  };
}

/** The space a barcode may fill on a label with `lines` text lines, in mm (what the renderer is asked for). */
export function pictureAreaMm(layout: LabelLayout, lines: number): { widthMm: number; heightMm: number } {
  const linesMm = (lines * LABEL_LINE_PT * 25.4) / 72;
  return {
    widthMm: layout.labelWidthMm - 2 * LABEL_PADDING_MM,
    heightMm: Math.max(4, layout.labelHeightMm - 2 * LABEL_PADDING_MM - linesMm),
  };
}

/** The picture's box: within the label's picture area, centred across, at the area's top, keeping the picture's proportions. */
export function pictureBox(label: Box, area: { widthMm: number; heightMm: number }, widthPx: number, heightPx: number): Box {
  const room = { width: mmToPoints(area.widthMm), height: mmToPoints(area.heightMm) };
  const scale = Math.min(room.width / widthPx, room.height / heightPx);
  const width = widthPx * scale;
  const height = heightPx * scale;
  const pad = mmToPoints(LABEL_PADDING_MM);
  return { left: label.left + pad + (room.width - width) / 2, top: label.top + pad, width, height };
}

