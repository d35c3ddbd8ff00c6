/** The actions that change the workbook: fixes, generated codes, serialize, aggregate, summary. */
import {
  checkInventory, detectTable, parseSettings, planAggregate, planFix, planGenerateCodes, planSerialize,
  summarizeByCategory, type CategorySummary, type Issue, type RuleId,
} from "../core";
import {
  ActionRefusedError, applyAggregate, applyCellEdits, applySerialize, MAX_ROWS, parseArea, writeSummarySheet,
  type InventoryRead,
} from "../excel";
import { locateRows, plural } from "./outcomes";
import { selectedGridRows } from "./selection";
import type { AggregatePreview, SerializePreview } from "./types";
import type { WriteDone, WriteScope } from "./write-action";

function noTable(read: InventoryRead): ActionRefusedError {
  return new ActionRefusedError(
    "refused",
    `No inventory found on "${read.sheetName}": no header row names both a quantity and a stock-codes column.`,
  );
}

export async function fixIssues(scope: WriteScope, pick: (issues: Issue[]) => Issue[], what: string): Promise<WriteDone> {
  const { read, engine } = scope;
  const report = checkInventory(read.values, engine);
  const chosen = pick(report.issues).filter((i) => i.fix !== undefined);
  if (chosen.length === 0) throw new ActionRefusedError("refused", `Nothing to fix: ${what} is no longer there. Check again.`);
  const plan = planFix(read.values, chosen, engine);
  if (plan.edits.length === 0) {
    throw new ActionRefusedError("refused", `Could not fix ${what}.`, locateRows(read, plan.refused));
  }
  const undo = await applyCellEdits(scope.context, read, plan.edits, "the fix", scope.beforeWrite);
  const cells = new Set(plan.edits.map((e) => `${e.row},${e.column}`)).size;
  const skipped = plan.refused.length > 0 ? `; ${plural(plan.refused.length, "row")} left as they were` : "";
  return { message: `Fixed ${plural(chosen.length, "issue")} (${plural(cells, "cell")} changed)${skipped}.`, undo };
}

export function sameIssue(a: Issue, b: Issue): boolean {
  return a.rule === b.rule && a.row === b.row && a.column === b.column;
}

export function ofRule(rule: RuleId): (issues: Issue[]) => Issue[] {
  return (issues) => issues.filter((i) => i.rule === rule);
}

export async function generateCodes(scope: WriteScope, prefix: string, rows: number[] | undefined): Promise<WriteDone> {
  const valid = parseSettings({ codePrefix: prefix });
  if (!valid.success) throw new ActionRefusedError("refused", `The prefix "${prefix}" cannot be used: ${valid.errors.join("; ")}.`);
  const { read } = scope;
  if (!detectTable(read.values, scope.engine)) throw noTable(read);
  const plan = planGenerateCodes(read.values, rows ?? "all-missing", { ...scope.engine, codePrefix: valid.data.codePrefix });
  if (plan.edits.length === 0) {
    throw new ActionRefusedError("refused", "No row without codes: nothing to generate.", locateRows(read, plan.refused));
  }
  const undo = await applyCellEdits(scope.context, read, plan.edits, "generating codes", scope.beforeWrite);
  const first = plan.edits[0].value;
  return { message: `Generated ${plural(plan.edits.length, "code")} (from ${String(first)}).`, undo };
}

export function serializePreview(read: InventoryRead, engine: WriteScope["engine"]): SerializePreview {
  const table = detectTable(read.values, engine);
  if (!table) throw noTable(read);
  const rows = selectedGridRows(read, table.headerRow);
  const plan = planSerialize(read.values, rows, engine);
  const codes = table.columns.codes;
  const generated: string[] = [];
  let newRows = 0;
  for (const r of plan.replacements) {
    newRows += r.rows.length - 1;
    const given = new Set(String(read.values[r.row][codes] ?? "").split(",").map((c) => c.trim()));
    for (const unit of r.rows) {
      const code = String(unit[codes] ?? "");
      if (!given.has(code.trim())) generated.push(code);
    }
  }
  return {
    sheetName: read.sheetName,
    rowsAffected: plan.replacements.length,
    newRows,
    generatedCodes: generated,
    plan,
    refused: locateRows(read, plan.refused),
    skipped: locateRows(read, plan.skipped),
    needsConfirmation: newRows > 1000,
  };
}

/** Last used sheet row (0-based) from the used-range address read with the inventory. */
function lastUsedRow(read: InventoryRead): number {
  const used = parseArea(read.usedAddress);
  return used ? used.row + used.rows - 1 : read.rect.row + read.rect.rows - 1;
}

export async function serializeSelection(scope: WriteScope): Promise<WriteDone> {
  const { read } = scope;
  const preview = serializePreview(read, scope.engine);
  if (preview.plan.replacements.length === 0) {
    const why =
      read.selection.length === 0 || preview.refused.length + preview.skipped.length === 0
        ? "Select the rows to serialize (rows with a quantity above 1)."
        : "None of the selected rows can be serialized.";
    throw new ActionRefusedError("refused", why, [...preview.refused, ...preview.skipped]);
  }
  if (lastUsedRow(read) + preview.newRows >= MAX_ROWS) {
    throw new ActionRefusedError(
      "refused",
      `Serializing would add ${plural(preview.newRows, "row")} and pass Excel's limit of 1,048,576 rows. Nothing was changed.`,
    );
  }
  const table = detectTable(read.values, scope.engine);
  const { undo, newRows } = await applySerialize(scope.context, read, preview.plan, table?.columns.codes ?? -1, scope.beforeWrite);
  const units = preview.plan.replacements.reduce((n, r) => n + r.rows.length, 0);
  const notes = [
    preview.refused.length ? `${plural(preview.refused.length, "row")} refused` : "",
    preview.skipped.length ? `${plural(preview.skipped.length, "row")} already serialized` : "",
  ].filter(Boolean);
  return {
    message: `Serialized ${plural(preview.plan.replacements.length, "row")} into ${plural(units, "row")} (${plural(newRows, "new row")})${notes.length ? `; ${notes.join(", ")}` : ""}.`,
    undo,
  };
}

export function aggregatePreview(read: InventoryRead, engine: WriteScope["engine"]): AggregatePreview {
  const table = detectTable(read.values, engine);
  if (!table) throw noTable(read);
  const plan = planAggregate(read.values, selectedGridRows(read, table.headerRow), engine);
  return {
    sheetName: read.sheetName,
    groups: plan.merges.length,
    rowsMerged: plan.merges.reduce((n, m) => n + m.rows.length, 0),
    plan,
    // locateRows keeps each refusal's `columns` (the differing headers).
    refused: locateRows(read, plan.refused),
  };
}

export async function aggregateSelection(scope: WriteScope): Promise<WriteDone> {
  const { read } = scope;
  const preview = aggregatePreview(read, scope.engine);
  const merges = preview.plan.merges.filter((m) => m.rows.length > 1);
  if (merges.length === 0) {
    throw new ActionRefusedError(
      "refused",
      preview.refused.length ? "The selected rows cannot be merged." : "Select two or more rows that agree on every column but quantity, codes and amounts.",
      preview.refused,
    );
  }
  const table = detectTable(read.values, scope.engine);
  const { undo, removedRows } = await applyAggregate(scope.context, read, { ...preview.plan, merges }, table?.columns.codes ?? -1, scope.beforeWrite);
  const refused = preview.refused.length ? `; ${plural(preview.refused.length, "row")} not merged` : "";
  return { message: `Merged ${plural(removedRows + merges.length, "row")} into ${plural(merges.length, "row")}${refused}.`, undo };
}

export async function summarize(scope: WriteScope, now?: Date): Promise<WriteDone & { summary: CategorySummary; sheetName: string }> {
  const { read, engine, settings } = scope;
  const table = detectTable(read.values, engine);
  if (!table) throw noTable(read);
  const summary = summarizeByCategory(read.values, engine);
  const written = await writeSummarySheet(scope.context, read, summary, {
    baseName: settings.summarySheetName,
    moneyColumn: table.columns.income ?? table.columns.expense,
    headerRow: table.headerRow,
    now,
    beforeWrite: scope.beforeWrite,
  });
  const verb = written.replaced ? "Updated" : "Created";
  return {
    message: `${verb} "${written.sheetName}": ${plural(summary.categories.length, "category", "categories")}, ${plural(summary.countedRows, "row")} counted, ${plural(summary.excludedRows, "row")} excluded.`,
    undo: written.undo,
    summary,
    sheetName: written.sheetName,
  };
}
