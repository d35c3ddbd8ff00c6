/**
 * Writes the Issues sheet (issue 18 point 3, docs/design.md §30) by the owned-sheet rules of the
 * summary and the labels (§5, §23): only a sheet the add-in made is replaced, a user's "Issues"
 * is never touched (the next free name is taken), a rerun builds the new list on a new sheet and
 * swaps it in at the end, and a failure at any sync removes what was built. Each issue's Cell is
 * a hyperlink property to its cell (ExcelApi 1.7; below it, plain text), never a HYPERLINK formula.
 */
import { say, text, textIn, type Say } from "../core";
import { rectAddress } from "./addresses";
import { ActionRefusedError } from "./action-refused-error";
import { headingCells, issueSheetLines, ISSUES_WIDTH, type IssueLine } from "./issues-sheet-lines";
import { writeIssueBlocks } from "./issues-sheet-blocks";
import { ISSUES_IDS_KEY, ISSUES_TAG } from "./issues-sheet-ids";
import { swapIssuesSheet } from "./issues-sheet-swap";
import { isExcelApiSupported, PAYLOAD_BUDGET, syncStep, UngroupedRunNeeded } from "./office-run";
import { temporarySheetName, withoutHalfBuilt } from "./owned-sheet-swap";
import { ownedSheetTarget, type OwnedSheetKind } from "./report-ownership";
import { thenNothingChanged } from "./spoken";

export type { IssueLine } from "./issues-sheet-lines";
export { ISSUES_IDS_KEY, ISSUES_TAG } from "./issues-sheet-ids";

/** From this many issues on, each block reports progress. */
export const ISSUES_PROGRESS_FROM = 500;

export const ISSUES_KIND: OwnedSheetKind = {
  tag: ISSUES_TAG, idsKey: ISSUES_IDS_KEY, step: "excel-step-issues-finding", baseName: (locale) => textIn(locale, "issues-export-sheet-name"),
};

export interface IssuesSheetOptions {
  /** The pane's language (BCP 47): the sheet's name, headings, severities. */
  locale: string;
  /** The locale Excel shows numbers in (a current value's decimal separator); default `locale`. */
  numberLocale?: string;
  /** The inventory sheet's name: the links point into it, and the Issues sheet never takes it. */
  sourceName: string;
  onProgress?: (done: number, total: number, label: string, say?: Say) => void;
  /** Called right before the first write (cancellation, the own-write flag). */
  beforeWrite?: () => void;
  /** The run is one undo group: replacing a sheet needs an ungrouped run. */
  grouped?: boolean;
  /** Request bytes one block may carry (default `PAYLOAD_BUDGET`); a block Excel still finds too large is halved. */
  blockBytes?: number;
}

export interface IssuesSheetWrite {
  sheetName: string;
  replaced: boolean;
  /** False below ExcelApi 1.7: the Cell column holds plain addresses. */
  links: boolean;
  /** Syncs that carried issue lines. */
  blocks: number;
}

export async function writeIssuesSheet(context: Excel.RequestContext, issues: readonly IssueLine[], options: IssuesSheetOptions): Promise<IssuesSheetWrite> {
  const target = await ownedSheetTarget(context, ISSUES_KIND, options.locale, options.sourceName);
  if (typeof target === "string") {
    throw new ActionRefusedError("refused", thenNothingChanged(say("issues-export-names-taken", { first: ISSUES_KIND.baseName(options.locale), last: target })));
  }
  if (target.old && options.grouped) throw new UngroupedRunNeeded();
  options.beforeWrite?.();
  const buildName = target.old ? temporarySheetName(target.existing, options.locale, "issues-export-sheet-temporary") : target.name;
  const links = isExcelApiSupported("1.7");
  const { sheet, blocks } = await build(context, buildName, issues, options, target.tagsSupported, links);
  await swapIssuesSheet(context, target, sheet, options.sourceName);
  return { sheetName: target.name, replaced: target.old !== undefined, links, blocks };
}

/** Adds the sheet with its heading row, writes the lines block by block, then the formats; after a failure the half-built sheet goes. */
async function build(
  context: Excel.RequestContext, name: string, issues: readonly IssueLine[], options: IssuesSheetOptions, tagged: boolean, links: boolean,
): Promise<{ sheet: Excel.Worksheet; blocks: number }> {
  const sheet = context.workbook.worksheets.add(name);
  const step = "excel-step-issues-writing";
  try {
    sheet.load("id");
    if (tagged) sheet.customProperties.add(ISSUES_TAG, options.sourceName);
    // getRange, not getRangeByIndexes (ExcelApi 1.7): the list is also made where links are missing.
    const heading = sheet.getRange(rectAddress({ row: 0, column: 0, rows: 1, columns: ISSUES_WIDTH }));
    heading.numberFormat = [Array<string>(ISSUES_WIDTH).fill("@")];
    heading.values = [headingCells(options.locale)];
    await syncStep(context, step);
    const lines = issueSheetLines(options.sourceName, issues, options.locale, options.numberLocale);
    const progress = issues.length >= ISSUES_PROGRESS_FROM && options.onProgress
      ? (done: number) => options.onProgress?.(done, lines.length, text("issues-export-progress"), say("issues-export-progress"))
      : undefined;
    const blocks = await writeIssueBlocks(context, sheet, lines, { links, budget: options.blockBytes ?? PAYLOAD_BUDGET, onBlock: progress });
    heading.format.font.bold = true;
    sheet.getRange(rectAddress({ row: 0, column: 0, rows: lines.length + 1, columns: ISSUES_WIDTH })).format.autofitColumns();
    await syncStep(context, step);
    return { sheet, blocks };
  } catch (error) {
    throw await withoutHalfBuilt(error, name, step);
  }
}
