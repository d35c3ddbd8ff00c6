/**
 * Barcode labels (issue 17, docs/design.md §29): what `planLabels` answers and the layouts
 * labels are printed on. The engine plans; `src/labels` draws the barcodes (bwip-js) and the
 * command line and Excel lay them out.
 */
import type { Say } from "./messages";

/** Barcode kinds a label can carry. EAN-13 only for codes that are valid EAN-13 numbers. */
export type Symbology = "code128" | "qr" | "ean13";

export const SYMBOLOGIES: readonly Symbology[] = ["code128", "qr", "ean13"];

/** Text lines a label can print beside its barcode, in this order. */
export type LabelLine = "code" | "name" | "category";

export const LABEL_LINES: readonly LabelLine[] = ["code", "name", "category"];

/** Label sheets and rolls as their makers publish them (label-layouts.ts). */
export type LayoutId = "l7160" | "5160" | "roll57x32";

export interface LabelOptions {
  /** Default `code128`. */
  symbology?: Symbology;
  /** Which text lines are printed; default all three (an empty name or category prints no line). */
  lines?: readonly LabelLine[];
  /** Copies of each code's label, 1–100; default 1. */
  copies?: number;
}

/** One label: one code of one row (a row with two codes gives two labels). */
export interface Label {
  /** The code exactly as written in the cell's list (leading zeros kept). */
  code: string;
  /** 0-based grid row and the codes column, so a refusal or a picture can name the cell. */
  row: number;
  column: number;
  /** The text lines to print, in `LabelOptions.lines` order; empty texts are left out. */
  lines: string[];
}

/** A code the chosen symbology cannot carry, with its cell and why; the other labels are still made. */
export interface LabelRefusal {
  row: number;
  column: number;
  code: string;
  reason: string;
  say: Say;
}

/** An aggregated row with fewer codes than units: those units get no label until codes are generated. */
export interface UncodedUnits {
  row: number;
  /** Units without a code (quantity − codes). */
  units: number;
  /** The row's quantity: only a row of quantity 1 gets its code from Generate codes; a pool is serialized first. */
  quantity: number;
}

export interface LabelPlan {
  symbology: Symbology;
  /** In row order, then code order within the row, each repeated `copies` times. */
  labels: Label[];
  refused: LabelRefusal[];
  uncoded: UncodedUnits[];
  /** Chosen rows that are not inventory rows (above the first data row, past the end, blank or invalid): said, never guessed. */
  skipped: { row: number; reason: string; say: Say }[];
}

/** A page (or a roll's label) and where labels sit on it, in millimetres from the page's top-left corner. */
export interface LabelLayout {
  id: LayoutId;
  /** What the operator picks: "Avery L7160 (A4, 21 per sheet)". */
  title: string;
  paper: "A4" | "Letter" | "roll";
  pageWidthMm: number;
  pageHeightMm: number;
  columns: number;
  rows: number;
  labelWidthMm: number;
  labelHeightMm: number;
  /** From the page's top edge to the first label's top edge. */
  marginTopMm: number;
  /** From the page's left edge to the first label's left edge. */
  marginLeftMm: number;
  /** Left edge to left edge of neighbouring labels in a row. */
  pitchXMm: number;
  /** Top edge to top edge of neighbouring labels in a column. */
  pitchYMm: number;
}

/** Where label `index` is printed: 0-based page, and its top-left corner on that page in mm. */
export interface LabelPosition {
  page: number;
  xMm: number;
  yMm: number;
}

/**
 * How a worksheet holds a layout so that File → Print gives the labels where the layout puts
 * them: label cells with gap columns and rows between them where the pitch leaves a gap, a
 * manual page break after each page's last row, margins from the layout, scale 100 %.
 */
export interface LabelSheetGrid {
  /** Width of each sheet column from A, in points. */
  columnWidthsPt: number[];
  /** Height of each sheet row of one page, in points (the next page repeats them). */
  pageRowHeightsPt: number[];
  /** Page margins in inches (Excel's page layout takes inches; exceljs too). */
  marginsIn: { top: number; bottom: number; left: number; right: number };
  paper: LabelLayout["paper"];
}

/** The sheet cell (0-based) whose top-left corner is label `index`'s top-left corner. */
export interface LabelCell {
  row: number;
  column: number;
}
