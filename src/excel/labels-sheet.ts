/**
 * Writes the labels sheet (issue 17, docs/design.md §29): a sheet the add-in owns, by the summary
 * sheet's rules (§5, §23): only a sheet of ours is replaced, a rerun builds the new sheet and swaps
 * it in at the end, and a failure removes what was built, so the workbook never holds half a sheet
 * of labels. Each label is its cell's text lines and its barcode picture (`shapes.addImage`,
 * ExcelApi 1.9), written in blocks that stay under the request payload limit, one sync each.
 */
import { labelSheetGrid, labelsPerPage, say, text, textIn, type LabelLayout, type Say } from "../core";
import { ActionRefusedError } from "./action-refused-error";
import { swapInOwnedSheet, temporarySheetName, withoutHalfBuilt } from "./owned-sheet-swap";
import { queueLabelBlock, type SheetLabel } from "./labels-block";
import { queueLabelPage } from "./labels-page";
import { isExcelApiSupported, syncStep, UngroupedRunNeeded } from "./office-run";
import { ownedSheetTarget, type OwnedSheetKind } from "./report-ownership";
import { thenNothingChanged } from "./spoken";

export type { SheetLabel } from "./labels-block";

/** Custom-property key on a labels sheet (ExcelApi 1.12); its value is the inventory sheet's name. */
export const LABELS_TAG = "InventoryRowsLabels";
/** Workbook setting mapping each labels sheet's id to its inventory sheet's name. */
export const LABELS_IDS_KEY = "inventoryRows.labelsSheets";
/** Request bytes one block may carry: images and cells, well under Excel's 5 MB per request. */
export const LABEL_BLOCK_BYTES = 3 * 1024 * 1024;
/** Labels per block at most, however small the pictures: a sync's work stays bounded. */
export const LABELS_PER_BLOCK = 250;
/** From this many labels on, each block reports progress. */
export const LABELS_PROGRESS_FROM = 500;

const KIND: OwnedSheetKind = {
  tag: LABELS_TAG, idsKey: LABELS_IDS_KEY, step: "excel-step-labels-finding", baseName: (locale) => textIn(locale, "labels-pane-sheet-name"),
};

export interface LabelsSheetOptions {
  layout: LabelLayout;
  /** The pane's language (BCP 47): the sheet's name. */
  locale: string;
  /** The inventory sheet's name, which the labels sheet never takes. */
  sourceName: string;
  onProgress?: (done: number, total: number, label: string, say?: Say) => void;
  /** Called right before the first write (cancellation, the own-write flag). */
  beforeWrite?: () => void;
  /** The run is one undo group: replacing a sheet needs an ungrouped run. */
  grouped?: boolean;
}

export interface LabelsSheetWrite {
  sheetName: string;
  replaced: boolean;
  pages: number;
  /** Syncs that carried labels. */
  blocks: number;
}

/** Splits labels into blocks of at most `budget` request bytes and `LABELS_PER_BLOCK` labels (a bigger label goes alone). */
export function labelBlocks(labels: readonly SheetLabel[], budget = LABEL_BLOCK_BYTES): { start: number; end: number }[] {
  const blocks: { start: number; end: number }[] = [];
  let start = 0;
  let bytes = 0;
  labels.forEach((label, i) => {
    const size = labelBytes(label);
    if (i > start && (bytes + size > budget || i - start >= LABELS_PER_BLOCK)) {
      blocks.push({ start, end: i });
      start = i;
      bytes = 0;
    }
    bytes += size;
  });
  if (labels.length > start) blocks.push({ start, end: labels.length });
  return blocks;
}

/** A label's share of a request: its picture, its text, and the operations that place them. */
function labelBytes(label: SheetLabel): number {
  return label.picture.base64.length + label.lines.join("\n").length * 2 + 1_000;
}

/** Refused with nothing changed where pictures and page setup are missing (below ExcelApi 1.9). */
export function requireLabelsApi(): void {
  if (!isExcelApiSupported("1.9")) throw new ActionRefusedError("refused", thenNothingChanged(say("labels-pane-needs-api")));
}

export async function writeLabelsSheet(context: Excel.RequestContext, labels: readonly SheetLabel[], options: LabelsSheetOptions): Promise<LabelsSheetWrite> {
  requireLabelsApi();
  const target = await ownedSheetTarget(context, KIND, options.locale, options.sourceName);
  if (typeof target === "string") {
    throw new ActionRefusedError("refused", thenNothingChanged(say("labels-pane-names-taken", { first: KIND.baseName(options.locale), last: target })));
  }
  if (target.old && options.grouped) throw new UngroupedRunNeeded();
  options.beforeWrite?.();
  const buildName = target.old ? temporarySheetName(target.existing, options.locale, "labels-pane-sheet-temporary") : target.name;
  const { sheet, blocks } = await build(context, buildName, labels, options, target.tagsSupported);
  await swapInOwnedSheet(context, target, sheet, options.sourceName, LABELS_IDS_KEY, "excel-step-labels-writing");
  const pages = Math.max(1, Math.ceil(labels.length / labelsPerPage(options.layout)));
  return { sheetName: target.name, replaced: target.old !== undefined, pages, blocks };
}

/** Adds the sheet, its page setup, then the labels block by block; after a failure the half-built sheet goes. */
async function build(
  context: Excel.RequestContext, name: string, labels: readonly SheetLabel[], options: LabelsSheetOptions, tagged: boolean,
): Promise<{ sheet: Excel.Worksheet; blocks: number }> {
  const sheet = context.workbook.worksheets.add(name);
  const blocks = labelBlocks(labels);
  try {
    sheet.load("id");
    if (tagged) sheet.customProperties.add(LABELS_TAG, options.sourceName);
    const grid = labelSheetGrid(options.layout);
    queueLabelPage(sheet, options.layout, grid, labels.length);
    await syncStep(context, "excel-step-labels-writing");
    for (const block of blocks) {
      queueLabelBlock(sheet, options.layout, grid, labels, block);
      await syncStep(context, "excel-step-labels-writing");
      if (labels.length >= LABELS_PROGRESS_FROM) {
        options.onProgress?.(block.end, labels.length, text("labels-pane-progress"), say("labels-pane-progress"));
      }
    }
  } catch (error) {
    throw await withoutHalfBuilt(error, name, "excel-step-labels-writing");
  }
  return { sheet, blocks: blocks.length };
}
