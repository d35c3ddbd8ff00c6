/**
 * Runs the Labels action as a write of the app (its lock, one Excel.run, errors as results):
 * on the selection, on given grid rows, or on the rows the last serialize or generate codes
 * created. The labels sheet is the add-in's own: a protected inventory is fine.
 */
import { isExcelApiSupported } from "../excel";
import type { BarcodeRenderer } from "../labels/barcode-renderer";
import { BrowserBarcodes } from "../labels/render-browser";
import type { CreatedUnits } from "./labels-created";
import { makeLabels, type LabelsDone } from "./labels-action";
import { failure, ok } from "./outcomes";
import type { ActionResult, LabelRows, LabelRunOptions, LabelsOutcome, Result, RunOptions } from "./types";
import type { ReadFor, WriteDone, WriteScope } from "./write-action";
import { withNothingChanged, words } from "./words";

export interface LabelsHost {
  write(options: RunOptions | undefined, body: (scope: WriteScope) => Promise<WriteDone>, read: ReadFor): Promise<ActionResult>;
  /** What the last serialize or generate codes created, if anything. */
  created: CreatedUnits | undefined;
  /** Default: bwip-js drawing on a canvas (the pane). */
  barcodes?: BarcodeRenderer;
}

export async function runLabels(host: LabelsHost, rows: LabelRows, options: LabelRunOptions): Promise<Result<LabelsOutcome>> {
  // Said before the inventory is read: the read itself may need what this Excel lacks.
  if (!isExcelApiSupported("1.9")) return failure("refused", withNothingChanged(words("labels-pane-needs-api")));
  if (rows === "last-created" && host.created === undefined) return failure("refused", withNothingChanged(words("labels-pane-no-new-units")));
  const chosen = rows === "last-created" ? host.created!.rows : rows;
  const read: ReadFor = {
    writesInventory: false,
    withSelection: chosen === "selection",
    ...(rows === "last-created" ? { sheetName: host.created!.sheetName } : {}),
  };
  const renderer = host.barcodes ?? new BrowserBarcodes();
  let made: LabelsDone | undefined;
  const result = await host.write(options, async (scope) => {
    made = await makeLabels(scope, chosen, options, renderer);
    return made;
  }, read);
  if (!result.ok) return result;
  // A write that succeeded ran its body, so `made` is set.
  const { sheetName, labels, pages, leftOut, uncodedRows } = made!;
  return ok({ ...result.value, sheetName, labels, pages, leftOut, uncodedRows });
}
