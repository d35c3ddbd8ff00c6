/**
 * The Issues sheet's lines in blocks, one sync each, each block's request under the payload
 * budget: per block the cells are formatted `@`, then given their texts (so an inventory value
 * such as `=1+1`, `00123` or `3-4` stays text), then each Cell gets its hyperlink. A block Excel
 * still finds too large (the budget is an estimate) was not applied, so it is halved and sent again.
 */
import { rectAddress } from "./addresses";
import { ISSUES_WIDTH, lineBytes, type SheetLine } from "./issues-sheet-lines";
import { chunkBySize, isPayloadTooLarge, syncStep } from "./office-run";

export interface BlockOptions {
  links: boolean;
  /** Estimated request bytes per block. */
  budget: number;
  /** After each block: the lines written so far. */
  onBlock?: (done: number) => void;
}

/** Writes `lines` under the heading row; answers the number of syncs that carried lines. */
export async function writeIssueBlocks(context: Excel.RequestContext, sheet: Excel.Worksheet, lines: readonly SheetLine[], options: BlockOptions): Promise<number> {
  const pending = chunkBySize(lines.map((line, i) => ({ line, i })), (item) => lineBytes(item.line), options.budget);
  let blocks = 0;
  while (pending.length > 0) {
    const block = pending.shift()!;
    queueBlock(sheet, block, options.links);
    try {
      await syncStep(context, "excel-step-issues-writing");
    } catch (error) {
      if (!isPayloadTooLarge(error) || block.length === 1) throw error;
      const half = Math.ceil(block.length / 2);
      pending.unshift(block.slice(0, half), block.slice(half));
      continue;
    }
    blocks += 1;
    options.onBlock?.(block[block.length - 1].i + 1);
  }
  return blocks;
}

function queueBlock(sheet: Excel.Worksheet, block: readonly { line: SheetLine; i: number }[], links: boolean): void {
  const first = block[0].i + 1;
  const range = sheet.getRange(rectAddress({ row: first, column: 0, rows: block.length, columns: ISSUES_WIDTH }));
  range.numberFormat = block.map(() => Array<string>(ISSUES_WIDTH).fill("@"));
  range.values = block.map(({ line }) => line.cells);
  if (!links) return;
  block.forEach(({ line }, r) => {
    if (line.link) sheet.getCell(first + r, 0).hyperlink = { ...line.link };
  });
}
