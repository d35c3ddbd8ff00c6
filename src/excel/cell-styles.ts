/**
 * Per-cell styles of rows an action deletes, kept so Undo and rollback can give each
 * re-inserted row its own look back (Range.getCellProperties / setCellProperties,
 * ExcelApi 1.9). The rows first get their group's first row's formats (copyFrom, which
 * also brings borders, alignment and fonts); only the cells whose style differs from
 * that row are then set, so nothing else gets an explicit value it did not have.
 *
 * The styles kept are fill colour, bold, italic and font colour: the marks users put on
 * single rows or cells (highlight a unit, bold a code), each one plain value that reads
 * back as it was written. Left out: borders and alignment (per-row differences are rare
 * and copyFrom already gives the group's), font name and size (the same), and fill
 * patterns and tints (a colour alone cannot put those back).
 */
import type { Rect } from "./addresses";

const STYLE_SHAPE: Excel.CellPropertiesLoadOptions = {
  format: { fill: { color: true }, font: { bold: true, color: true, italic: true } },
};

/** Response bytes of one cell's styles (`{"format":{"fill":{"color":"#FFFFFF"},"font":{…}}}`), rounded up. */
export const STYLE_BYTES_PER_CELL = 100;

/** Excel reads a cell without fill as white: a white that differs is put back as "no fill". */
const NO_FILL = "#FFFFFF";

/** Styles of one sheet row, from its first column on. */
export interface RowStyles {
  column: number;
  cells: Excel.CellProperties[];
}

/** Queues loads of the cells' styles; call the result after the sync (rows by sheet index). */
export function queueStyles(sheet: Excel.Worksheet, rects: readonly Rect[]): () => Map<number, RowStyles> {
  const loads = rects.map((rect) => ({
    rect,
    result: sheet.getRangeByIndexes(rect.row, rect.column, rect.rows, rect.columns).getCellProperties(STYLE_SHAPE),
  }));
  return () => {
    const out = new Map<number, RowStyles>();
    for (const { rect, result } of loads) {
      result.value.forEach((cells, r) => out.set(rect.row + r, { column: rect.column, cells }));
    }
    return out;
  };
}

/**
 * Queues setting back, on each re-inserted `row`, the styles that differ from those of
 * its group's first row `keep` (which copyFrom has just given it). Rows are sheet indexes
 * as they are once every row is back.
 */
export function queueStylesBack(
  sheet: Excel.Worksheet,
  styles: ReadonlyMap<number, RowStyles>,
  rows: Iterable<readonly [row: number, keep: number]>,
): void {
  for (const [row, keep] of rows) {
    const own = styles.get(row);
    const first = styles.get(keep);
    if (!own || !first) continue;
    const patch: Excel.SettableCellProperties[] = [];
    const clears: number[] = [];
    let changed = false;
    own.cells.forEach((cell, c) => {
      const { format, cleared } = difference(cell, first.cells[c]);
      if (cleared) clears.push(c);
      if (format) changed = true;
      patch.push(format ? { format } : {});
    });
    if (changed) sheet.getRangeByIndexes(row, own.column, 1, patch.length).setCellProperties([patch]);
    for (const c of clears) sheet.getRangeByIndexes(row, own.column + c, 1, 1).format.fill.clear();
  }
}

/** What to set on a cell that has `from`'s styles to give it `to`'s; `cleared` = remove its fill. */
function difference(to: Excel.CellProperties, from: Excel.CellProperties | undefined): { format?: Excel.CellPropertiesFormat; cleared: boolean } {
  const want = to.format ?? {};
  const have = from?.format ?? {};
  const format: Excel.CellPropertiesFormat = {};
  let cleared = false;
  const fill = want.fill?.color;
  if (fill !== undefined && fill !== have.fill?.color) {
    if (fill.toUpperCase() === NO_FILL) cleared = true;
    else format.fill = { color: fill };
  }
  const font: Excel.CellPropertiesFont = {};
  if (want.font?.bold !== undefined && want.font.bold !== have.font?.bold) font.bold = want.font.bold;
  if (want.font?.italic !== undefined && want.font.italic !== have.font?.italic) font.italic = want.font.italic;
  if (want.font?.color !== undefined && want.font.color !== have.font?.color) font.color = want.font.color;
  if (Object.keys(font).length) format.font = font;
  return { format: Object.keys(format).length ? format : undefined, cleared };
}
