/**
 * The Labels action (issue 17, docs/design.md §29): the engine plans one label per code of the
 * chosen rows, the injected renderer draws each code's barcode once, and the adapter writes the
 * labels sheet. Codes the symbology cannot carry and units without a code are said with their
 * cells; the other labels are still made. Nothing is written when there is no label to make.
 */
import { detectTable, LABEL_LAYOUTS, labelPagesOver, planLabels, DEFAULT_LAYOUT, textOf, toAddress, type Label, type LabelPlan, type Say } from "../core";
import { pictureAreaMm, requireLabelsApi, sheetCellAddress, writeLabelsSheet, type InventoryRead, type SheetLabel } from "../excel";
import type { BarcodeRenderer } from "../labels/barcode-renderer";
import { isLinear } from "../labels/render-options";
import { BarcodeError } from "../labels/barcode-error";
import { barcodeSay, drawLabels } from "../labels/drawn-labels";
import { requireSelectionOnInventory } from "./inventory-sheet";
import { locateRows } from "./outcomes";
import { Refusal } from "./refusal";
import { selectedGridRows } from "./selection";
import type { LabelRunOptions, LabelsOutcome, RefusedRow } from "./types";
import type { WriteDone, WriteScope } from "./write-action";
import { sentences, withNothingChanged, words } from "./words";

export type LabelsDone = WriteDone & Omit<LabelsOutcome, "message" | "say" | "undoable" | "excelUndo">;

/** `rows`: grid rows, or the selection. */
export async function makeLabels(
  scope: WriteScope, rows: "selection" | readonly number[], options: LabelRunOptions, renderer: BarcodeRenderer,
): Promise<LabelsDone> {
  requireLabelsApi();
  const { read, engine } = scope;
  const table = detectTable(read.values, engine);
  if (!table) throw new Refusal("refused", words("action-no-inventory", { sheet: read.sheetName }));
  if (rows === "selection") refuseHiddenRows(read);
  const chosen = rows === "selection" ? selectedGridRows(read, table.headerRow) : rows;
  if (chosen.length === 0) throw new Refusal("refused", withNothingChanged(words("labels-pane-select-rows", { sheet: read.sheetName })));
  const plan = planLabels(read.values, chosen, options, engine);
  const uncoded = uncodedRows(read, plan);
  const layout = LABEL_LAYOUTS[options.layout ?? DEFAULT_LAYOUT];
  const over = labelPagesOver(layout, plan.labels.length);
  if (over) throw new Refusal("refused", withNothingChanged(words("labels-pane-too-many", { count: plan.labels.length, ...over })));
  // A linear barcode prints the code under its bars only when no text line holds it already (as the CLI does).
  const showText = isLinear(plan.symbology) && !(options.lines ?? ["code"]).includes("code");
  const drawn = await drawAll(read, plan, renderer, (label) => ({ ...pictureAreaMm(layout, label.lines.length), showText }));
  const leftOut = [...refusedCodes(read, plan), ...drawn.failed, ...uncoded];
  if (drawn.labels.length === 0) {
    const why = plan.labels.length + plan.refused.length + plan.uncoded.length === 0 && plan.skipped.length > 0
      ? words("labels-pane-select-rows", { sheet: read.sheetName })
      : words("labels-pane-no-codes");
    throw new Refusal("refused", withNothingChanged(why), [...leftOut, ...locateRows(read, plan.skipped)]);
  }
  const written = await writeLabelsSheet(scope.context, drawn.labels, {
    layout, locale: options.displayLocale ?? "en-US", sourceName: read.sheetName, onProgress: options.onProgress, beforeWrite: scope.beforeWrite, grouped: scope.grouped,
  });
  const done = words("labels-pane-done", { count: drawn.labels.length, sheet: written.sheetName, pages: written.pages });
  const said = leftOut.length > 0 ? sentences(done, words("labels-pane-left-out", { count: leftOut.length })) : done;
  return { ...said, sheetName: written.sheetName, labels: drawn.labels.length, pages: written.pages, leftOut, uncodedRows: plan.uncoded.filter((u) => u.quantity === 1).map((u) => u.row) };
}

/** A selection on the inventory, on a sheet no filter hides rows of (a selection across hidden rows takes them too). */
function refuseHiddenRows(read: InventoryRead): void {
  requireSelectionOnInventory(read);
  if (read.filtered) throw new Refusal("refused", withNothingChanged(words("labels-pane-clear-filter", { sheet: read.sheetName })));
}

/** Units without a code: Generate codes gives a row of quantity 1 its code; a pool is serialized first. */
function uncodedRows(read: InventoryRead, plan: LabelPlan): RefusedRow[] {
  return plan.uncoded.map((u) => {
    const said = words(u.quantity === 1 ? "labels-pane-uncoded" : "labels-pane-uncoded-pool", { units: u.units });
    return { row: u.row, address: sheetCellAddress(read.sheetName, read.rect.row + u.row, read.rect.column), reason: said.message, say: said.say[0] };
  });
}

function refusedCodes(read: InventoryRead, plan: LabelPlan): RefusedRow[] {
  return plan.refused.map((r) => ({
    row: r.row, address: sheetCellAddress(read.sheetName, read.rect.row + r.row, read.rect.column + r.column), reason: r.reason, say: r.say,
  }));
}

/** Draws each distinct code once (copies share the picture); a code the renderer refuses is left out with its cell. */
async function drawAll(
  read: InventoryRead, plan: LabelPlan, renderer: BarcodeRenderer, area: (label: Label) => { widthMm: number; heightMm: number; showText: boolean },
): Promise<{ labels: SheetLabel[]; failed: RefusedRow[] }> {
  const { drawn, refused } = await drawLabels(
    plan, (row, column) => toAddress(row, column, read.origin), (label) => renderer.png({ code: label.code, symbology: plan.symbology, ...area(label) }), notDrawnSay,
  );
  return {
    labels: drawn.map(({ label, picture }) => ({ code: label.code, lines: label.lines, picture })),
    failed: refused.map((r) => failedRow(read, r, r.say)),
  };
}

/** Our own reason (bars too thin for the label) with the code's cell, or the renderer's words. */
function notDrawnSay(error: unknown, cell: string): Say {
  if (error instanceof BarcodeError && error.say) return barcodeSay(error, cell);
  return words("labels-pane-not-drawn", { reason: error instanceof Error ? error.message : String(error) }).say[0];
}

function failedRow(read: InventoryRead, label: { row: number; column: number }, said: Say): RefusedRow {
  return { row: label.row, address: sheetCellAddress(read.sheetName, read.rect.row + label.row, read.rect.column + label.column), reason: textOf(said), say: said };
}
