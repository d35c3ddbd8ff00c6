/**
 * The actions that change the workbook: fixes, generated codes, serialize, aggregate, summary.
 * Each plans with the engine and hands the plan to the adapter, which carries out its change;
 * what they report comes from the catalogue (src/core/messages/en/actions.ts).
 */
import {
  checkInventory, detectTable, parseSettings, planAggregate, planFix, planGenerateCodes, planSerialize,
  summarizeByCategory, type CategorySummary, type Say, type FormulaHandling, type Issue, type RuleId, type SettingsInput, type StatusMerge,
} from "../core";
import {
  applyAggregate, applyCellEdits, applySerialize, parseArea, problemsOf, writeSummarySheet, type ExcelContext, type InventoryRead,
} from "../excel";
import { planWithFormulas } from "./plan-formulas";
import { Refusal } from "./refusal";
import { locateRows } from "./outcomes";
import { statusOnlyRefusals } from "./status-refusals";
import { selectedGridRows } from "./selection";
import type { AggregatePreview, SerializePreview } from "./types";
import type { WriteDone, WriteScope } from "./write-action";
import { sentences, withNothingChanged, words, type Words } from "./words";

/** Rows cannot be inserted or deleted under a filter (docs/design.md §15): refused before anything is written. */
function refuseUnderFilter(read: InventoryRead): void {
  if (read.filtered) throw new Refusal("refused", withNothingChanged(words("action-clear-filter", { sheet: read.sheetName })));
}

function noTable(read: InventoryRead): Refusal {
  return new Refusal("refused", words("action-no-inventory", { sheet: read.sheetName }));
}

/** `what` names the issues to fix (`app-fix-one`, `app-fix-rule`), said inside the result. */
export async function fixIssues(scope: WriteScope, pick: (issues: Issue[]) => Issue[], what: Say): Promise<WriteDone> {
  const { read, engine } = scope;
  const report = checkInventory(read.values, engine);
  const chosen = pick(report.issues).filter((i) => i.fix !== undefined);
  if (chosen.length === 0) throw new Refusal("refused", words("action-nothing-to-fix", {}, { what }));
  const plan = planFix(read.values, chosen, engine);
  const { writes } = plan.change;
  if (writes.length === 0) {
    throw new Refusal("refused", words("action-could-not-fix", {}, { what }), locateRows(read, plan.refused));
  }
  const undo = await applyCellEdits(scope.context, read, plan.change, "action-undo-label-fix", scope.beforeWrite);
  // A change writes each cell once.
  return { ...words("action-fixed", { issues: chosen.length, cells: writes.length, left: plan.refused.length }), undo };
}

export function sameIssue(a: Issue, b: Issue): boolean {
  return a.rule === b.rule && a.row === b.row && a.column === b.column;
}

export function ofRule(rule: RuleId): (issues: Issue[]) => Issue[] {
  return (issues) => issues.filter((i) => i.rule === rule);
}

/** What a serialize or generate codes created: grid rows after the write, and how many units got new codes. */
export interface Created {
  rows: number[];
  units: number;
}

export async function generateCodes(scope: WriteScope, prefix: string, rows: number[] | undefined): Promise<WriteDone & { created: Created }> {
  const valid = parseSettings({ codePrefix: prefix });
  if (!valid.success) {
    const problems = problemsOf(valid);
    throw new Refusal("refused", words("action-prefix-invalid", { prefix, problems: problems.text }, { problems: problems.say }));
  }
  const { read } = scope;
  const plan = planGenerateCodes(read.values, rows ?? "all-missing", { ...scope.engine, codePrefix: valid.data.codePrefix });
  if (plan.change.headerRow < 0) throw noTable(read);
  const { writes } = plan.change;
  if (writes.length === 0) {
    throw new Refusal("refused", words("action-no-rows-without-codes"), locateRows(read, plan.refused));
  }
  const undo = await applyCellEdits(scope.context, read, plan.change, "action-undo-label-generate-codes", scope.beforeWrite);
  const created = { rows: [...new Set(writes.map((w) => w.row))], units: writes.length };
  return { ...words("action-generated", { count: writes.length, first: String(writes[0].value) }), undo, created };
}

/**
 * Sheet row number (1-based) of the last used row, from the used range read with the
 * inventory: the engine refuses a serialize that would push it past Excel's last row.
 */
function lastUsedRow(read: InventoryRead): number {
  const used = parseArea(read.usedAddress);
  return Math.max(1, used ? used.row + used.rows : read.rect.row + read.rect.rows);
}

export async function serializePreview(
  context: ExcelContext, read: InventoryRead, engine: Partial<SettingsInput>, formulas: FormulaHandling = "refuse",
): Promise<SerializePreview> {
  const table = detectTable(read.values, engine);
  if (!table) throw noTable(read);
  const rows = selectedGridRows(read, table.headerRow);
  const settings = { ...engine, lastUsedRow: lastUsedRow(read) };
  const report = checkInventory(read.values, settings);
  const { plan, formulaCells } = await planWithFormulas(
    context, read, formulas, (inputs) => planSerialize(read.values, rows, settings, report, inputs), (p) => p.replacements.map((x) => x.row),
  );
  const newRows = plan.change.inserts.reduce((n, insert) => n + insert.count, 0);
  return {
    sheetName: read.sheetName,
    rowsAffected: plan.replacements.length,
    newRows,
    generatedCodes: plan.generated,
    plan,
    refused: locateRows(read, plan.refused),
    skipped: locateRows(read, plan.skipped),
    needsConfirmation: newRows > 1000,
    formulaCells,
  };
}

export async function serializeSelection(scope: WriteScope, formulas?: FormulaHandling): Promise<WriteDone & { created: Created }> {
  const { read } = scope;
  const preview = await serializePreview(scope.context, read, scope.engine, formulas);
  const { plan } = preview;
  if (plan.replacements.length === 0) {
    // The engine's refusals (a row with errors, Excel's last row) come with their reasons.
    const why =
      read.selection.length === 0 || preview.refused.length + preview.skipped.length === 0
        ? words("action-select-rows-to-serialize")
        : words("action-none-serializable");
    throw new Refusal("refused", why, [...preview.refused, ...preview.skipped]);
  }
  refuseUnderFilter(read);
  const { undo, newRows } = await applySerialize(scope.context, read, plan, scope.beforeWrite);
  const units = plan.replacements.reduce((n, r) => n + r.rows.length, 0);
  const done = words("action-serialized", {
    rows: plan.replacements.length, units, added: newRows, refused: preview.refused.length, skipped: preview.skipped.length,
  });
  return { ...withFormulasAsValues(done, plan.formulasAsValues), undo, created: createdRows(plan.replacements) };
}

/** Each replaced row and the rows inserted below it, where they are once earlier replacements pushed them down. */
function createdRows(replacements: readonly { row: number; rows: readonly unknown[] }[]): Created {
  const rows: number[] = [];
  let shift = 0;
  for (const r of [...replacements].sort((a, b) => a.row - b.row)) {
    for (let i = 0; i < r.rows.length; i++) rows.push(r.row + shift + i);
    shift += r.rows.length - 1;
  }
  return { rows, units: rows.length };
}

/** The result's words, and how many formulas became values when there were any. */
function withFormulasAsValues(done: Words, count: number): Words {
  return count > 0 ? sentences(done, words("action-formulas-as-values", { count })) : done;
}

export async function aggregatePreview(
  context: ExcelContext, read: InventoryRead, engine: Partial<SettingsInput>, formulas: FormulaHandling = "refuse", statusMerge: StatusMerge = "refuse",
): Promise<AggregatePreview> {
  const table = detectTable(read.values, engine);
  if (!table) throw noTable(read);
  const rows = selectedGridRows(read, table.headerRow);
  const report = checkInventory(read.values, engine);
  const { plan, formulaCells } = await planWithFormulas(
    context, read, formulas, (inputs) => planAggregate(read.values, rows, engine, report, { ...inputs, statusMerge }), (p) => p.merges.flatMap((m) => m.rows),
  );
  return {
    sheetName: read.sheetName,
    groups: plan.merges.length,
    rowsMerged: plan.merges.reduce((n, m) => n + m.rows.length, 0),
    plan,
    // locateRows keeps each refusal's `columns` (the differing headers).
    refused: locateRows(read, plan.refused),
    formulaCells,
    statusOnly: statusOnlyRefusals(plan.refused, table),
  };
}

export async function aggregateSelection(scope: WriteScope, formulas?: FormulaHandling, statusMerge?: StatusMerge): Promise<WriteDone> {
  const { read } = scope;
  const preview = await aggregatePreview(scope.context, read, scope.engine, formulas, statusMerge);
  const merges = preview.plan.merges.filter((m) => m.rows.length > 1).length;
  if (merges === 0) {
    const why = preview.refused.length ? words("action-cannot-merge") : words("action-select-rows-to-merge");
    throw new Refusal("refused", why, preview.refused);
  }
  refuseUnderFilter(read);
  const { undo, removedRows } = await applyAggregate(scope.context, read, preview.plan, scope.beforeWrite);
  const done = words("action-merged", { rows: removedRows + merges, into: merges, refused: preview.refused.length });
  return { ...withFormulasAsValues(done, preview.plan.formulasAsValues), undo };
}

/** The category summary, its sheet written in `displayLocale`'s language (the pane's; English by default). */
export async function summarize(scope: WriteScope, now?: Date, displayLocale?: string): Promise<WriteDone & { summary: CategorySummary; sheetName: string }> {
  const { read, engine, settings } = scope;
  const table = detectTable(read.values, engine);
  if (!table) throw noTable(read);
  const summary = summarizeByCategory(read.values, engine);
  const written = await writeSummarySheet(scope.context, read, summary, {
    baseName: settings.summarySheetName,
    locale: displayLocale,
    moneyColumn: table.columns.income ?? table.columns.expense,
    headerRow: table.headerRow,
    now,
    beforeWrite: scope.beforeWrite,
    grouped: scope.grouped,
  });
  const said = words("action-summary-written", {
    replaced: written.replaced ? "yes" : "no",
    sheet: written.sheetName,
    categories: summary.categories.length,
    counted: summary.countedRows,
    excluded: summary.excludedRows,
  });
  const done = written.replaced ? sentences(said, words("action-summary-replaced-no-undo")) : said;
  return { ...done, undo: written.undo, summary, sheetName: written.sheetName };
}
