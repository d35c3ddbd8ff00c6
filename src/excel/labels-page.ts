/**
 * The labels sheet's page: column widths and row heights from the layout's grid, paper, margins,
 * no gridlines, scale 100 % and a manual page break above each page's first row, so File → Print
 * puts every label where the label stock has it (docs/design.md §29). Queued, never synced here.
 */
import { labelPageBreaks, type LabelLayout, type LabelSheetGrid } from "../core";

const PAPER: Record<LabelSheetGrid["paper"], Excel.PaperType | undefined> = {
  A4: "A4" as Excel.PaperType,
  Letter: "Letter" as Excel.PaperType,
  // A roll printer's driver sets the label as the paper: Excel has no paper size for it.
  roll: undefined,
};

/** Runs of equal heights over `rows` sheet rows (the page's heights repeated): one write per run. */
export function heightRuns(pageRowHeightsPt: readonly number[], rows: number): { row: number; rows: number; height: number }[] {
  const runs: { row: number; rows: number; height: number }[] = [];
  for (let row = 0; row < rows; row++) {
    const height = pageRowHeightsPt[row % pageRowHeightsPt.length];
    const last = runs[runs.length - 1];
    if (last && last.height === height) last.rows += 1;
    else runs.push({ row, rows: 1, height });
  }
  return runs;
}

/** Queues the sheet's grid and page setup for `count` labels. */
export function queueLabelPage(sheet: Excel.Worksheet, layout: LabelLayout, grid: LabelSheetGrid, count: number): void {
  grid.columnWidthsPt.forEach((width, column) => {
    sheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = width;
  });
  const pages = Math.max(1, Math.ceil(count / (layout.columns * layout.rows)));
  for (const run of heightRuns(grid.pageRowHeightsPt, pages * grid.pageRowHeightsPt.length)) {
    sheet.getRangeByIndexes(run.row, 0, run.rows, 1).format.rowHeight = run.height;
  }
  const page = sheet.pageLayout;
  const paper = PAPER[grid.paper];
  if (paper !== undefined) page.paperSize = paper;
  page.orientation = "Portrait" as Excel.PageOrientation;
  page.setPrintMargins("Inches" as Excel.PrintMarginUnit, { ...grid.marginsIn, header: 0, footer: 0 });
  page.printGridlines = false;
  page.zoom = { scale: 100 };
  sheet.showGridlines = false;
  for (const row of labelPageBreaks(layout, count)) sheet.horizontalPageBreaks.add(sheet.getRangeByIndexes(row, 0, 1, 1));
}
