/**
 * `labels` (issue 17, docs/design.md §29): barcode labels for the codes of --rows, as a
 * print-ready PDF or as the .xlsx sheet the add-in writes. The engine plans (planLabels), the
 * labels layer draws; this prints what was made and what was not (skipped rows, refused codes
 * with their cells, units without a code).
 */
import { writeFile } from "node:fs/promises";
import { LABEL_LAYOUTS, labelPagesOver, labelsPerPage, planLabels, toAddress, type LabelPlan, type LabelRefusal } from "../core";
import { labelsPdf } from "../labels/labels-pdf";
import type { Checked } from "./checked";
import { writeOutput } from "./out-file";
import { labelsOutput, type LabelCliOptions } from "./label-args";
import { reasonLines, toGridRows } from "./run-plans";
import { textInLang, wordsIn } from "./cli-lang";
import { terminalText } from "./terminal-text";
import { labelsWorkbook } from "./write-labels-xlsx";
import { saveWorkbook } from "./save-workbook";

const SYMBOLOGY_NAMES = { code128: "Code 128", qr: "QR", ean13: "EAN-13" } as const;

export async function runLabels(c: Checked): Promise<number> {
  const chosen = c.options.labels as LabelCliOptions;
  let plan = planLabels(c.keptGrid, toGridRows(c), { symbology: chosen.symbology, lines: chosen.lines, copies: chosen.copies }, c.settings);
  const layout = LABEL_LAYOUTS[chosen.layout];
  if (plan.labels.length > 0 && c.outPath) {
    const over = labelsOutput(c.outPath) === "xlsx" ? labelPagesOver(layout, plan.labels.length) : undefined;
    if (over) {
      c.io.stdout(`${textInLang(c.options.lang, "labels-cli-too-many", { count: plan.labels.length, ...over, file: c.options.out ?? "" })}\n`);
      return 1;
    }
    c.progress.phase(textInLang(c.options.lang, "cli-progress-writing", { file: c.options.out ?? "" }));
    plan = withRefused(plan, await writeLabels(c, plan, chosen, c.outPath));
  }
  const pages = Math.ceil(plan.labels.length / labelsPerPage(layout));
  if (c.options.json) printJson(c, plan, pages);
  else printReport(c, plan, pages);
  const missed = plan.skipped.length + plan.refused.length + plan.uncoded.length;
  return plan.labels.length === 0 || missed > 0 ? 1 : 0;
}

/** Draws and writes the labels (nothing when none could be drawn); the codes that could not be drawn. */
async function writeLabels(c: Checked, plan: LabelPlan, chosen: LabelCliOptions, target: string): Promise<LabelRefusal[]> {
  const layout = LABEL_LAYOUTS[chosen.layout];
  const options = { codeLine: chosen.lines.includes("code"), cell: (row: number, column: number) => toAddress(row, column, c.origin) };
  if (labelsOutput(target) === "pdf") {
    const pdf = await labelsPdf(plan, layout, options);
    if (pdf.labels > 0) await writeOutput(target, (temp) => writeFile(temp, pdf.file));
    return pdf.refused;
  }
  const sheetName = textInLang(c.options.lang, "labels-sheet-name");
  const book = await labelsWorkbook(plan, layout, { ...options, sheetName });
  if (book.labels > 0) await saveWorkbook(book.file, target);
  return book.refused;
}

/** The plan as printed: the codes that could not be drawn move from its labels to its refusals. */
function withRefused(plan: LabelPlan, refused: readonly LabelRefusal[]): LabelPlan {
  if (refused.length === 0) return plan;
  const left = (row: number, code: string): boolean => refused.some((r) => r.row === row && r.code === code);
  return { ...plan, labels: plan.labels.filter((l) => !left(l.row, l.code)), refused: [...plan.refused, ...refused] };
}

function printJson(c: Checked, plan: LabelPlan, pages: number): void {
  const excel = (row: number): number => row + c.input.originRow;
  const cell = (row: number, column: number): string => toAddress(row, column, c.origin);
  const chosen = c.options.labels as LabelCliOptions;
  const json = {
    file: c.options.file,
    sheet: c.input.sheetName,
    layout: chosen.layout,
    symbology: plan.symbology,
    pages,
    labels: plan.labels.map((l) => ({ code: l.code, excelRow: excel(l.row), cell: cell(l.row, l.column), lines: l.lines })),
    refused: plan.refused.map((r) => ({ ...r, excelRow: excel(r.row), cell: cell(r.row, r.column) })),
    uncoded: plan.uncoded.map((u) => ({ ...u, excelRow: excel(u.row) })),
    skipped: plan.skipped.map((s) => ({ ...s, excelRow: excel(s.row) })),
    out: plan.labels.length > 0 ? c.outPath : null,
  };
  c.io.stdout(`${JSON.stringify(json, null, 2)}\n`);
}

function printReport(c: Checked, plan: LabelPlan, pages: number): void {
  const { lang } = c.options;
  const excel = (row: number): number => row + c.input.originRow;
  const chosen = c.options.labels as LabelCliOptions;
  const lines = [textInLang(lang, "cli-where-line", { where: c.heading })];
  const file = c.options.out ?? "";
  if (plan.labels.length > 0) {
    const made = { labels: plan.labels.length, pages, layout: LABEL_LAYOUTS[chosen.layout].title, symbology: SYMBOLOGY_NAMES[plan.symbology] };
    lines.push(textInLang(lang, "labels-cli-made", made));
  }
  if (plan.skipped.length > 0) lines.push(textInLang(lang, "cli-skipped", { count: plan.skipped.length }), ...reasonLines(plan.skipped, excel, lang));
  if (plan.refused.length > 0) {
    lines.push(textInLang(lang, "labels-cli-refused", { count: plan.refused.length }));
    for (const r of plan.refused) lines.push(`  ${terminalText(wordsIn(lang, r.reason, r.say), 200)}`);
  }
  if (plan.uncoded.length > 0) {
    const units = plan.uncoded.reduce((sum, u) => sum + u.units, 0);
    lines.push(textInLang(lang, "labels-cli-uncoded", { count: units }));
    for (const u of plan.uncoded) {
      const rows = textInLang(lang, "cli-rows-at", { count: 1, rows: String(excel(u.row)) });
      lines.push(`  ${textInLang(lang, "cli-row-line", { rows, text: textInLang(lang, "labels-cli-uncoded-row", { units: u.units }) })}`);
    }
  }
  lines.push(plan.labels.length > 0 ? textInLang(lang, "cli-wrote", { file }) : textInLang(lang, "labels-cli-none", { file }));
  c.io.stdout(`${lines.join("\n")}\n`);
}
