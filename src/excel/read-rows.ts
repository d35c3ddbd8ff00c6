/**
 * Reads rows of a rectangle of the sheet in blocks, one sync each, halving a block that is too
 * large (docs/design.md §9); the header window reads only until the header window is complete.
 */
import { headerWindow, HEADER_SEARCH_ROWS, say, text, type CellValue, type Say } from "../core";
import type { Rect } from "./addresses";
import { failedSyncCode, isPayloadTooLarge, syncStep } from "./office-run";

/** How rows are read (a part of `ReadOptions`). */
export interface RowReadOptions {
  rowsPerBlock?: number;
  /**
   * Read only the header window (core's `headerWindow`: the first 20 non-blank rows), in
   * blocks until it is complete or the used range ends; a table is then cut to what was read.
   */
  headerWindow?: boolean;
  onProgress?: (done: number, total: number, label: string, say?: Say) => void;
  /** Cancel: checked before each block, so a long read stops within one block (throws an AbortError). */
  signal?: AbortSignal;
}

/** Rows per block to start with: ~10,000 rows × a dozen columns stays well under 5 MB. */
export const FIRST_BLOCK_ROWS = 10_000;

/**
 * Cells per block: a block holds at most this many cells, so a wide sheet (a stray
 * value in XFD1 makes the used range 16,384 columns wide) gets blocks of a few rows,
 * far under Excel's five-million-cell limit for a get.
 */
const BLOCK_CELLS = 150_000;

/** 10,000 rows up to 15 columns, fewer for wider sheets: at most `BLOCK_CELLS` cells, never under 1 row. */
export function firstBlockRows(columns: number): number {
  return Math.max(1, Math.min(FIRST_BLOCK_ROWS, Math.floor(BLOCK_CELLS / Math.max(1, columns))));
}

/** A smaller block avoids these: over 5 MB either way, or over five million cells for a get. */
function isBlockTooLarge(error: unknown): boolean {
  return isPayloadTooLarge(error) || failedSyncCode(error) === "RangeExceedsLimit";
}

/** The rows read, and each table's range (loaded with the first block). */
export interface RowsRead {
  values: CellValue[][];
  tables: { name: string; range: Excel.Range }[];
  syncs: number;
  blocks: number;
}

/**
 * Reads the rows of `used` in blocks, one sync each, halving a block that is too large.
 * With `headerWindow` only until the header window is complete: blocks of 20 rows, then
 * doubling, so a long run of blank rows above the header costs a few syncs, not one per row.
 */
export async function readRows(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  used: Rect,
  tableNames: readonly string[],
  options: RowReadOptions,
): Promise<RowsRead> {
  const out: RowsRead = { values: [], tables: [], syncs: 0, blocks: 0 };
  let tables: RowsRead["tables"] | undefined;
  let blockRows = options.rowsPerBlock ?? firstBlockRows(used.columns);
  while (out.values.length < used.rows && !(options.headerWindow && headerWindow(out.values).complete)) {
    options.signal?.throwIfAborted();
    const done = out.values.length;
    const wanted = options.headerWindow ? Math.max(HEADER_SEARCH_ROWS, done) : Infinity;
    const rows = Math.min(blockRows, wanted, used.rows - done);
    const range = sheet.getRangeByIndexes(used.row + done, used.column, rows, used.columns).load("values");
    // The tables' extents ride along with the first block, so a table costs no extra sync.
    const pending = tables ?? tableNames.map((name) => ({ name, range: sheet.tables.getItem(name).getRange().load("rowIndex,columnIndex,rowCount,columnCount") }));
    try {
      // One sync per block of ~10,000 rows (fewer on wide sheets), never one per row.
      out.syncs += 1;
      await syncStep(context, "excel-step-reading-rows");
    } catch (error) {
      if (isBlockTooLarge(error) && rows > 1) {
        blockRows = Math.max(1, Math.floor(rows / 2));
        continue;
      }
      throw error;
    }
    tables = pending;
    for (const row of range.values) out.values.push(row as CellValue[]);
    range.untrack();
    out.blocks += 1;
    options.onProgress?.(out.values.length, used.rows, text("excel-progress-reading-rows"), say("excel-progress-reading-rows"));
  }
  out.tables = tables ?? [];
  return out;
}

