/**
 * Stock-code rules on one cell: missing, empty entry, other separator, space,
 * invisible characters, repeat in the cell, number, precision lost, too long.
 * Text cells are scanned once by code-scan.ts; number and logical cells are
 * codes Excel has converted (`codes-number`, or `codes-precision-lost` when the
 * digits are gone).
 */
import type { CellValue } from "../types";
import { describeValue, numberText } from "../cells";
import type { CodeTable } from "../code-table";
import { codeTextOf, numberLostPrecision } from "../codes";
import type { IssueValues, RuleContext } from "./context";
import { scanCell, type CellFindings } from "./code-scan";

/** Values naming the codes repeated in a cell (the scan keeps at most three). */
export const REPEAT_NAMES = ["first", "second", "third"] as const;

/** Checks a code cell and adds its codes to `table`; returns the number of codes (M). */
export function checkCodes(ctx: RuleContext, value: CellValue, row: number, column: number, table: CodeTable): number {
  if (typeof value === "string") {
    if (ctx.settings.oneCodePerCell) return wholeCell(ctx, value, row, column, table);
    const found = scanCell(value, row, table, ctx.settings.maxCodeLength);
    // Most cells have nothing to report: the check of them stays small enough to be inlined.
    return found.quiet() ? found.codes : report(ctx, found, value, row, column);
  }
  if (typeof value === "number" || typeof value === "boolean") {
    const text = codeTextOf(value);
    table.addText(text, row);
    if (typeof value === "boolean") {
      ctx.add("codes-number", "warning", row, column, "issue-codes-logical", { cell: ctx.at(row, column), value: text }, "store-as-text");
    } else if (numberLostPrecision(value)) {
      // What Excel shows for the number in a narrow column: `6.37702E+15`.
      const shown = value.toExponential(5).toUpperCase().replace(/\.?0+E/, "E");
      ctx.add("codes-precision-lost", "error", row, column, "issue-codes-number-rounded", { cell: ctx.at(row, column), code: numberText(value), shown });
    } else {
      ctx.add("codes-number", "warning", row, column, "issue-codes-number", { cell: ctx.at(row, column), code: numberText(value) }, "store-as-text");
    }
    return 1;
  }
  ctx.add("codes-missing", "error", row, column, "issue-codes-missing", { cell: ctx.at(row, column) }, "generate-codes");
  return 0;
}

/**
 * `oneCodePerCell` (design.md §17): the trimmed cell is one code, commas and all (`SZF 0-0,4X2,5`).
 * Only what makes such a code unusable is checked: missing, too long.
 */
function wholeCell(ctx: RuleContext, value: string, row: number, column: number, table: CodeTable): number {
  const code = value.trim();
  if (code === "") {
    ctx.add("codes-missing", "error", row, column, "issue-codes-missing", { cell: ctx.at(row, column) }, "generate-codes");
    return 0;
  }
  table.addText(code, row);
  if (code.length > ctx.settings.maxCodeLength) {
    ctx.add("codes-too-long", "error", row, column, "issue-codes-too-long",
      { cell: ctx.at(row, column), code: describeValue(code), length: code.length, max: ctx.settings.maxCodeLength });
  }
  return 1;
}

function report(ctx: RuleContext, f: CellFindings, value: string, row: number, column: number): number {
  if (f.codes === 0) {
    if (value.trim() === "") ctx.add("codes-missing", "error", row, column, "issue-codes-missing", { cell: ctx.at(row, column) }, "generate-codes");
    else ctx.add("codes-missing", "error", row, column, "issue-codes-missing-in", { cell: ctx.at(row, column), value: describeValue(value) }, "generate-codes");
    return 0;
  }
  if (f.empty > 0) ctx.add("codes-empty-entry", "warning", row, column, "issue-codes-empty-entry", { cell: ctx.at(row, column), value: describeValue(value) }, "tidy-list");
  let separated = false;
  if (!f.comma && (f.separator !== "" || f.tabInside)) {
    if (f.separator !== "") {
      ctx.add("codes-separator", "warning", row, column, "issue-codes-separator", { cell: ctx.at(row, column), value: describeValue(value), separator: f.separator }, "split-on-separator");
    } else ctx.add("codes-separator", "warning", row, column, "issue-codes-separated-by-breaks", { cell: ctx.at(row, column), value: describeValue(value) }, "split-on-separator");
    separated = true;
  }
  if (f.invisible !== "") {
    ctx.add("codes-invisible", "warning", row, column, "issue-codes-invisible", { cell: ctx.at(row, column), value: describeValue(value), character: f.invisible }, "remove-invisible");
  }
  // A tab or line break inside one code of a comma list is whitespace like a space: probably two codes.
  if ((f.space !== "" || f.tabInside) && !separated) {
    ctx.add("codes-space", "warning", row, column, "issue-codes-space", { cell: ctx.at(row, column), value: describeValue(value) }, "split-on-spaces");
  }
  if (f.repeats.length > 0) {
    const values: IssueValues = { cell: ctx.at(row, column), count: f.repeats.length };
    f.repeats.forEach((code, i) => (values[REPEAT_NAMES[i]] = describeValue(code)));
    ctx.add("codes-duplicate-in-row", "error", row, column, "issue-codes-repeated", values, "remove-repeat");
  }
  if (f.scientific !== "") ctx.add("codes-precision-lost", "error", row, column, "issue-codes-scientific", { cell: ctx.at(row, column), code: f.scientific });
  if (f.tooLong !== "") {
    ctx.add("codes-too-long", "error", row, column, "issue-codes-too-long",
      { cell: ctx.at(row, column), code: describeValue(f.tooLong), length: f.tooLong.length, max: ctx.settings.maxCodeLength });
  }
  return f.codes;
}
