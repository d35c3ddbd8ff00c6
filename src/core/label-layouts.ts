/**
 * Label layouts as data (issue 17, docs/design.md §29): a new layout is one entry. Sizes,
 * margins and pitches are the makers' published figures (Avery's templates for L7160 and 5160;
 * the 57 × 32 mm roll label of Dymo and Zebra desktop printers, one label per "page").
 *
 * L7160: Avery's spec sheet rounds the side margins to 7.25 mm, but with its 66.04 mm pitch
 * that adds up to 210.08 mm, wider than A4; the grid is centred, so the left margin is
 * (210 − 2 × 66.04 − 63.5) / 2 = 7.21 mm (its top margin 15.15 mm adds up to 297 exactly).
 */
import type { LabelCell, LabelLayout, LabelPosition, LabelSheetGrid, LayoutId } from "./label-types";

const INCH_MM = 25.4;
const POINT_MM = INCH_MM / 72;
/** A pitch this much larger than the label is a gap that gets its own column or row. */
const GAP_MM = 0.01;
/**
 * Taken off the right and bottom margins of a label sheet: spreadsheets round column widths
 * and row heights (Excel to whole pixels), and a page that is a hair too full moves the last
 * column or row of labels onto a page of its own. Only the left and top margins place labels.
 */
const SLACK_MM = 1;

export const LABEL_LAYOUTS: Readonly<Record<LayoutId, LabelLayout>> = {
  l7160: {
    id: "l7160", title: "Avery L7160 (A4, 21 per sheet)", paper: "A4", pageWidthMm: 210, pageHeightMm: 297,
    columns: 3, rows: 7, labelWidthMm: 63.5, labelHeightMm: 38.1,
    marginTopMm: 15.15, marginLeftMm: 7.21, pitchXMm: 66.04, pitchYMm: 38.1,
  },
  "5160": {
    id: "5160", title: "Avery 5160 (US Letter, 30 per sheet)", paper: "Letter", pageWidthMm: 215.9, pageHeightMm: 279.4,
    columns: 3, rows: 10, labelWidthMm: 66.675, labelHeightMm: 25.4,
    marginTopMm: 12.7, marginLeftMm: 4.7625, pitchXMm: 69.85, pitchYMm: 25.4,
  },
  roll57x32: {
    id: "roll57x32", title: "Roll label 57 × 32 mm (Dymo, Zebra)", paper: "roll", pageWidthMm: 57, pageHeightMm: 32,
    columns: 1, rows: 1, labelWidthMm: 57, labelHeightMm: 32,
    marginTopMm: 0, marginLeftMm: 0, pitchXMm: 57, pitchYMm: 32,
  },
};

export const LAYOUT_IDS = Object.keys(LABEL_LAYOUTS) as LayoutId[];

export const DEFAULT_LAYOUT: LayoutId = "l7160";

export const labelsPerPage = (layout: LabelLayout): number => layout.columns * layout.rows;

export const mmToPoints = (mm: number): number => mm / POINT_MM;

/**
 * Where label `index` (0-based) is printed.
 *
 * @example labelPosition(LABEL_LAYOUTS.l7160, 4) // { page: 0, xMm: 73.25, yMm: 53.25 }
 */
export function labelPosition(layout: LabelLayout, index: number): LabelPosition {
  const perPage = labelsPerPage(layout);
  const k = index % perPage;
  return {
    page: Math.floor(index / perPage),
    xMm: layout.marginLeftMm + (k % layout.columns) * layout.pitchXMm,
    yMm: layout.marginTopMm + Math.floor(k / layout.columns) * layout.pitchYMm,
  };
}

const gapX = (layout: LabelLayout): number => layout.pitchXMm - layout.labelWidthMm;
const gapY = (layout: LabelLayout): number => layout.pitchYMm - layout.labelHeightMm;

/** Sizes (mm) of the cells across one page: each label, with a gap cell between two where the pitch leaves one. */
function track(count: number, size: number, gap: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    out.push(size);
    if (i < count - 1 && gap > GAP_MM) out.push(gap);
  }
  return out;
}

/** Excel stores row heights and column widths in whole pixels at 96 dpi: 0.75 pt. */
export const SHEET_PIXEL_PT = 0.75;

/**
 * Sizes (pt) rounded to whole pixels as Excel stores them, each cell edge to the pixel nearest its
 * exact place (so rounding never adds up across a page): a label then starts within half a
 * pixel (0.13 mm) of where the stock has it, and pictures placed from these sizes stay on their rows.
 * No edge passes `roomMm` (the page less its left or top margin): a roll label rounds down.
 */
function toPixels(sizesMm: readonly number[], roomMm: number): number[] {
  const out: number[] = [];
  const last = Math.floor(mmToPoints(roomMm) / SHEET_PIXEL_PT + 1e-9) * SHEET_PIXEL_PT;
  let exact = 0;
  let placed = 0;
  for (const mm of sizesMm) {
    exact += mmToPoints(mm);
    const edge = Math.min(last, Math.round(exact / SHEET_PIXEL_PT) * SHEET_PIXEL_PT);
    out.push(edge - placed);
    placed = edge;
  }
  return out;
}

const sumOf = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

/** The worksheet that prints as `layout` (see `LabelSheetGrid`): sizes in whole pixels, the rest of the page in the right and bottom margins. */
export function labelSheetGrid(layout: LabelLayout): LabelSheetGrid {
  const columnWidthsPt = toPixels(track(layout.columns, layout.labelWidthMm, gapX(layout)), layout.pageWidthMm - layout.marginLeftMm);
  const pageRowHeightsPt = toPixels(track(layout.rows, layout.labelHeightMm, gapY(layout)), layout.pageHeightMm - layout.marginTopMm);
  const right = layout.pageWidthMm - layout.marginLeftMm - sumOf(columnWidthsPt) * POINT_MM;
  const bottom = layout.pageHeightMm - layout.marginTopMm - sumOf(pageRowHeightsPt) * POINT_MM;
  const inches = (mm: number): number => Math.max(0, mm) / INCH_MM;
  const slack = (mm: number): number => Math.max(0, mm - SLACK_MM);
  return {
    columnWidthsPt,
    pageRowHeightsPt,
    marginsIn: { top: inches(layout.marginTopMm), bottom: inches(slack(bottom)), left: inches(layout.marginLeftMm), right: inches(slack(right)) },
    paper: layout.paper,
  };
}

/** The cell label `index` sits in, on the sheet `labelSheetGrid` describes. */
export function labelCell(layout: LabelLayout, index: number): LabelCell {
  const perPage = labelsPerPage(layout);
  const k = index % perPage;
  const rowStep = gapY(layout) > GAP_MM ? 2 : 1;
  const columnStep = gapX(layout) > GAP_MM ? 2 : 1;
  const rowsPerPage = track(layout.rows, layout.labelHeightMm, gapY(layout)).length;
  return {
    row: Math.floor(index / perPage) * rowsPerPage + Math.floor(k / layout.columns) * rowStep,
    column: (k % layout.columns) * columnStep,
  };
}

/** 0-based sheet rows that start a new page (a manual page break above each) for `count` labels. */
export function labelPageBreaks(layout: LabelLayout, count: number): number[] {
  const pages = Math.ceil(count / labelsPerPage(layout));
  const rowsPerPage = track(layout.rows, layout.labelHeightMm, gapY(layout)).length;
  return Array.from({ length: Math.max(0, pages - 1) }, (_, i) => (i + 1) * rowsPerPage);
}

/**
 * Pages one labels sheet may hold: Excel keeps at most 1,026 manual page breaks in a sheet, and
 * the sheet has one above each page but the first (a roll: one per label). Kept a little under.
 */
export const MAX_SHEET_PAGES = 1000;
/** Excel's limit of manual page breaks in one sheet (either direction). */
export const EXCEL_PAGE_BREAKS = 1026;

/** When `count` labels need more pages than one sheet may hold: the pages, Excel's limit, and the most labels a sheet takes. */
export function labelPagesOver(layout: LabelLayout, count: number): { pages: number; max: number; most: number } | undefined {
  const pages = Math.ceil(count / labelsPerPage(layout));
  return pages > MAX_SHEET_PAGES ? { pages, max: EXCEL_PAGE_BREAKS, most: MAX_SHEET_PAGES * labelsPerPage(layout) } : undefined;
}
