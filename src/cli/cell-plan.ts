/**
 * What `fix` and `generate-codes` share once the engine has planned their cell writes: formula
 * cells kept out unless --formulas values, the change written to --out by the same path serialize
 * and aggregate take, and the report of every changed cell (docs/design.md §18).
 */
import { text, toAddress, type CellEdit, type CheckReport, type FixPlan, type RowRefusal, type Say, type SheetChange } from "../core";
import type { Checked } from "./checked";
import { cellChanges, changeLines, type CellChange } from "./format-changes";
import { applyAndSave, reasonLines } from "./run-plans";
import { textInLang, wordsIn } from "./cli-lang";

/** How `fix` and `generate-codes` word their report: catalogue ids of the cli area. */
export interface CellPlanWords {
  /** "Fixed 3 cells{formulas}:". */
  done: "cli-fixed-cells" | "cli-generated-cells";
  /** "Not fixed 2 cells:". */
  notDone: "cli-not-fixed-cells" | "cli-not-generated-cells";
  /** "Nothing changed: no fixable issue; {file} was not written." */
  nothing: "cli-nothing-fix" | "cli-nothing-generate";
}

/**
 * Writes the plan's cells to --out (formula cells only with --formulas values), prints what
 * changed cell by cell and what was refused; exit code 1 when anything was refused.
 */
export async function finishCellPlan(
  c: Checked, plan: FixPlan, rulesAt: (row: number, column: number) => readonly string[], words: CellPlanWords,
): Promise<number> {
  const { change, refused: formulaRefusals, asValues } = keepFormulas(c, plan.change);
  const refused = [...plan.refused, ...formulaRefusals].sort((a, b) => a.row - b.row);
  const changes = cellChanges(change, c.keptGrid, c.origin, rulesAt);
  await applyAndSave(c, changes.length > 0, change);
  const excel = (row: number) => row + c.input.originRow;
  if (c.options.json) {
    const out = changes.length > 0 ? c.outPath : null;
    const listed = refused.map((r) => ({ ...r, excelRow: excel(r.row) }));
    c.io.stdout(`${JSON.stringify({ file: c.options.file, sheet: c.input.sheetName, changes, refused: listed, formulasAsValues: asValues, out }, null, 2)}\n`);
  } else {
    c.io.stdout(`${reportLines(c, changes, refused, asValues, words).join("\n")}\n`);
  }
  return refused.length > 0 ? 1 : 0;
}

/**
 * Without an inventory table there is nothing to fix or number: the check's own reason (no
 * header row found), and exit code 1 as check gives. Null when the table was found.
 */
export function withoutTable(c: Checked, report: CheckReport): number | null {
  if (report.table) return null;
  const issue = report.issues.find((i) => i.rule === "no-header");
  const why = issue?.message ?? "no inventory table found";
  if (c.options.json) c.io.stdout(`${JSON.stringify({ file: c.options.file, sheet: c.input.sheetName, changes: [], refused: [{ row: 0, excelRow: c.input.originRow, reason: why }], formulasAsValues: 0, out: null }, null, 2)}\n`);
  else {
    const { lang, out } = c.options;
    c.io.stdout(`${textInLang(lang, "cli-where-line", { where: c.heading })}\n${issue ? wordsIn(lang, why, issue.say) : why}\n${textInLang(lang, "cli-not-written", { file: out ?? "" })}\n`);
  }
  return 1;
}

function reportLines(c: Checked, changes: CellChange[], refused: RowRefusal[], asValues: number, words: CellPlanWords): string[] {
  const { lang } = c.options;
  const file = c.options.out ?? "";
  const lines = [textInLang(lang, "cli-where-line", { where: c.heading })];
  if (changes.length > 0) {
    const formulas = asValues > 0 ? ` (${textInLang(lang, "plan-formulas-as-values", { count: asValues })})` : "";
    lines.push(textInLang(lang, words.done, { count: changes.length, formulas }), ...changeLines(changes, lang));
  }
  if (refused.length > 0) lines.push(textInLang(lang, words.notDone, { count: refused.length }), ...reasonLines(refused, (row) => row + c.input.originRow, lang));
  if (changes.length > 0) lines.push(textInLang(lang, "cli-wrote", { file }));
  else lines.push(textInLang(lang, refused.length > 0 ? "cli-not-written" : words.nothing, { file }));
  return lines;
}

/**
 * The change without its writes over formulas, each refused naming the cell and its formula
 * (`--formulas refuse`, the default, as serialize does), or with them, counted (`values`).
 */
function keepFormulas(c: Checked, change: SheetChange): { change: SheetChange; refused: RowRefusal[]; asValues: number } {
  const sheet = c.input.worksheet;
  if (!sheet) return { change, refused: [], asValues: 0 };
  const kept: CellEdit[] = [];
  const refused: RowRefusal[] = [];
  let asValues = 0;
  for (const write of change.writes) {
    const formula: unknown = sheet.getRow(write.row + c.input.originRow).getCell(write.column + c.input.originColumn).formula;
    if (typeof formula !== "string" || formula === "") kept.push(write);
    else if (c.options.formulas === "values") {
      kept.push(write);
      asValues++;
    } else {
      const where = { id: "plan-formula-cell", values: { cell: toAddress(write.row, write.column, c.origin), formula: `=${formula}` } } as const;
      const cell = text(where.id, where.values);
      const say: Say = { id: "cli-refuse-formula", values: { cell }, parts: { cell: where } };
      refused.push({ row: write.row, reason: text(say.id, say.values), say });
    }
  }
  return { change: { ...change, writes: kept }, refused, asValues };
}
