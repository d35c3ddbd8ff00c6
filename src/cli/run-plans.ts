import { planAggregate, planSerialize, EXCEL_MAX_ROWS, type PlanInputs, type RowRefusal, type Say, type SettingsInput, type SheetChange } from "../core";
import { textInLang, wordsIn } from "./cli-lang";
import { CliError } from "./cli-error";
import { applySheetChange } from "./apply-plans";
import type { Checked } from "./checked";
import { saveChangedGrid, saveWorkbook, workbookToChange } from "./save-workbook";
import { terminalText } from "./terminal-text";
import type { XlsxPackage } from "./xlsx-package/package-input";
import { savePackageChange, type PackageChangeTarget } from "./xlsx-package/save-package-change";

/**
 * `serialize`: plans with the engine, writes the result to --out, lists skipped and refused rows.
 * Serialize and aggregate plan on the kept grid (the file's text where Excel would change it), so
 * what they write, and which rows they find equal, is what the file says.
 */
export async function runSerialize(c: Checked): Promise<number> {
  const rows = toGridRows(c);
  const plan = planSerialize(c.keptGrid, rows, withLastUsedRow(c), undefined, formulaInputs(c, rows));
  const excel = excelRowOf(c);
  const { added } = await applyAndSave(c, plan.replacements.length > 0, plan.change);
  if (c.options.json) {
    printJson(c, {
      replacements: plan.replacements.map((r) => ({ ...r, excelRow: excel(r.row) })),
      skipped: withExcelRows(plan.skipped, excel),
      refused: withExcelRows(plan.refused, excel),
      rowsAdded: added,
      formulasAsValues: plan.formulasAsValues,
      out: plan.replacements.length > 0 ? c.outPath : null,
    });
  } else {
    const { lang } = c.options;
    const lines = plan.replacements.map((r) => `  ${rowLine(lang, [excel(r.row)], `${rowCount(lang, 1)} → ${rowCount(lang, r.rows.length)}`)}`);
    const change = withFormulas(lang, textInLang(lang, "cli-rows-added", { count: added }), plan.formulasAsValues);
    report(c, "cli-serialized-groups", lines, plan.skipped, plan.refused, excel, change);
  }
  return plan.refused.length > 0 ? 1 : 0;
}

/**
 * The settings with the sheet's last used row when it lies below the rows read (notes under an
 * Excel table): the engine counts its row limit from there, as it does in the add-in.
 */
function withLastUsedRow(c: Checked): Partial<SettingsInput> {
  const last = c.input.worksheet?.rowCount ?? c.input.package?.lastRow ?? 0;
  if (last <= c.input.originRow + c.input.grid.length - 1) return c.settings;
  return { ...c.settings, lastUsedRow: Math.min(last, EXCEL_MAX_ROWS) };
}

/** `aggregate`: merges the chosen rows by the engine's plan, writes --out, lists refused rows and why. */
export async function runAggregate(c: Checked): Promise<number> {
  const rows = toGridRows(c);
  const plan = planAggregate(c.keptGrid, rows, withLastUsedRow(c), undefined, { ...formulaInputs(c, rows), statusMerge: c.options.statusMerge });
  const excel = excelRowOf(c);
  const { removed } = await applyAndSave(c, plan.merges.length > 0, plan.change);
  if (c.options.json) {
    printJson(c, {
      merges: plan.merges.map((m) => ({ ...m, excelRows: m.rows.map(excel) })),
      refused: withExcelRows(plan.refused, excel),
      rowsRemoved: removed,
      formulasAsValues: plan.formulasAsValues,
      out: plan.merges.length > 0 ? c.outPath : null,
    });
  } else {
    const { lang } = c.options;
    const lines = plan.merges.map((m) => `  ${rowsAt(lang, m.rows.map(excel))} → ${rowCount(lang, 1)}`);
    const change = withFormulas(lang, textInLang(lang, "cli-rows-removed", { count: removed }), plan.formulasAsValues);
    report(c, "cli-merged-groups", lines, [], plan.refused, excel, change);
  }
  return plan.refused.length > 0 ? 1 : 0;
}

/**
 * What the engine needs to decide about formulas: the formulas of the chosen rows of an .xlsx (as
 * Excel shows them, `=C2*E2`; shared formulas as each cell's own text) and --formulas.
 */
function formulaInputs(c: Checked, rows: readonly number[]): PlanInputs {
  const sheet = c.input.worksheet;
  if (!sheet) return { formulaHandling: c.options.formulas };
  const formulas: (string | undefined)[][] = [];
  for (const r of rows) {
    const found: (string | undefined)[] = [];
    sheet.getRow(r + c.input.originRow).eachCell({ includeEmpty: false }, (cell, column) => {
      const f = cell.formula as string | undefined;
      if (typeof f === "string" && f !== "" && column >= c.input.originColumn) found[column - c.input.originColumn] = `=${f}`;
    });
    formulas[r] = found;
  }
  return { formulas, formulaHandling: c.options.formulas };
}

function withFormulas(lang: string, change: string, formulasAsValues: number): string {
  return formulasAsValues > 0 ? `${change}; ${textInLang(lang, "plan-formulas-as-values", { count: formulasAsValues })}` : change;
}

/** Carries out a plan's change and writes --out, when there is anything to change; returns the rows added and removed. */
export async function applyAndSave(c: Checked, changes: boolean, change: SheetChange): Promise<{ added: number; removed: number }> {
  if (!changes || !c.outPath) return { added: 0, removed: 0 };
  c.progress.phase(textInLang(c.options.lang, "cli-progress-writing", { file: c.options.out ?? "" }));
  if (c.input.package) return savePackageChange(packageTarget(c, c.input.package), change, c.outPath);
  if (!c.input.workbook) return saveChangedGrid(c.input, c.keptGrid, change, c.outPath, c.options.locale);
  const { workbook, sheet } = workbookToChange(c.input, c.keptGrid);
  const done = applySheetChange({ workbook, sheet, grid: c.keptGrid, originRow: c.input.originRow, originColumn: c.input.originColumn }, change);
  await saveWorkbook(workbook, c.outPath);
  return done;
}

function packageTarget(c: Checked, pkg: XlsxPackage): PackageChangeTarget {
  const gridWidth = c.keptGrid.reduce((width, row) => Math.max(width, row.length), 0);
  return { pkg, originRow: c.input.originRow, originColumn: c.input.originColumn, gridWidth };
}

function printJson(c: Checked, result: object): void {
  c.io.stdout(`${JSON.stringify({ file: c.options.file, sheet: c.input.sheetName, ...result }, null, 2)}\n`);
}

/** `[4, 5, 6, 9]` → `4-6, 9`: row lists the way --rows takes them. */
export function rowRanges(rows: readonly number[]): string {
  const sorted = [...rows].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(j > i ? `${sorted[i]}-${sorted[j]}` : String(sorted[i]));
    i = j;
  }
  return parts.join(", ");
}

function excelRowOf(c: Checked): (row: number) => number {
  return (row) => row + c.input.originRow;
}

/** --rows as indexes into the grid; a row outside what was read is a usage error naming it (exit 2). */
export function toGridRows(c: Checked): number[] {
  const rows = c.options.rows ?? [];
  const first = c.input.originRow;
  const last = first + c.input.grid.length - 1;
  const outside = rows.filter((row) => row < first || row > last);
  if (outside.length > 0) {
    const named = outside.length === 1 ? `row ${outside[0]} is` : `rows ${rowRanges(outside)} are`;
    throw new CliError(`--rows: ${named} outside the rows read from ${c.where} (${first}-${last})`);
  }
  return rows.map((row) => row - first);
}

function withExcelRows<T extends RowRefusal>(list: readonly T[], excel: (row: number) => number): (T & { excelRow: number })[] {
  return list.map((entry) => ({ ...entry, excelRow: excel(entry.row) }));
}

/** How many rows each list of the human report shows before "… and N more". */
const ROWS_SHOWN = 50;

function report(
  c: Checked,
  verb: "cli-serialized-groups" | "cli-merged-groups",
  done: string[],
  skipped: readonly RowRefusal[],
  refused: readonly RowRefusal[],
  excel: (row: number) => number,
  change: string,
): void {
  const { lang } = c.options;
  const lines: string[] = [textInLang(lang, "cli-where-line", { where: c.heading })];
  if (done.length > 0) lines.push(textInLang(lang, verb, { count: done.length, change }), ...firstRows(done, lang));
  if (skipped.length > 0) lines.push(textInLang(lang, "cli-skipped", { count: skipped.length }), ...firstRows(reasonLines(skipped, excel, lang), lang));
  // The engine's reason already names the columns a refused merge differs in.
  if (refused.length > 0) lines.push(textInLang(lang, "cli-refused", { count: refused.length }), ...firstRows(reasonLines(refused, excel, lang), lang));
  lines.push(textInLang(lang, done.length > 0 ? "cli-wrote" : "cli-not-written", { file: c.options.out ?? "" }));
  c.io.stdout(`${lines.join("\n")}\n`);
}

/**
 * One line per run of entries with the same reason (`rows 4-3003: …`), not one per row: a pool
 * refused for one reason would otherwise print thousands of identical lines. --json keeps every row.
 * A reason the engine also gives as data (`say`) is printed in `lang`.
 */
export function reasonLines(list: readonly (RowRefusal & { say?: Say })[], excel: (row: number) => number, lang = "en"): string[] {
  const lines: string[] = [];
  for (let i = 0; i < list.length; ) {
    let j = i + 1;
    while (j < list.length && list[j].reason === list[i].reason) j++;
    const rows = list.slice(i, j).map((entry) => excel(entry.row));
    lines.push(`  ${rowLine(lang, rows, terminalText(wordsIn(lang, list[i].reason, list[i].say), 200))}`);
    i = j;
  }
  return lines;
}

function rowCount(lang: string, count: number): string {
  return textInLang(lang, "rows-count", { count });
}

/** "row 4", "rows 4-6, 9": Excel row numbers as --rows takes them, in `lang`. */
function rowsAt(lang: string, rows: readonly number[]): string {
  return textInLang(lang, "cli-rows-at", { count: rows.length, rows: rowRanges(rows) });
}

/** "row 4: …": what is said about some rows, after them. */
function rowLine(lang: string, rows: readonly number[], said: string): string {
  return textInLang(lang, "cli-row-line", { rows: rowsAt(lang, rows), text: said });
}

function firstRows(lines: readonly string[], lang: string): string[] {
  if (lines.length <= ROWS_SHOWN) return [...lines];
  return [...lines.slice(0, ROWS_SHOWN), `  ${textInLang(lang, "cli-more-rows", { count: lines.length - ROWS_SHOWN })}`];
}
