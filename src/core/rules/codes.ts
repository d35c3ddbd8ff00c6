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
import type { RuleContext } from "./context";
import { scanCell, type CellFindings } from "./code-scan";

/** Checks a code cell and adds its codes to `table`; returns the number of codes (M). */
export function checkCodes(ctx: RuleContext, value: CellValue, row: number, column: number, table: CodeTable): number {
  if (typeof value === "string") {
    return report(ctx, scanCell(value, row, table, ctx.settings.maxCodeLength), value, row, column);
  }
  if (typeof value === "number" || typeof value === "boolean") {
    const text = codeTextOf(value);
    table.addText(text, row);
    if (typeof value === "boolean") {
      ctx.add("codes-number", "warning", row, column, `the code is stored as the logical value ${text}, not as text`, "store-as-text");
    } else if (numberLostPrecision(value)) {
      ctx.add("codes-precision-lost", "error", row, column,
        `code ${numberText(value)} is a number Excel has rounded (shown as ${value.toExponential(5).toUpperCase().replace(/\.?0+E/, "E")}): the real code is lost; re-enter it as text from the source`);
    } else {
      ctx.add("codes-number", "warning", row, column,
        `code ${numberText(value)} is stored as a number: Excel may have changed it (dropped leading zeros, or read it as a date)`, "store-as-text");
    }
    return 1;
  }
  ctx.add("codes-missing", "error", row, column, "no stock code", "generate-codes");
  return 0;
}

function report(ctx: RuleContext, f: CellFindings, value: string, row: number, column: number): number {
  if (f.codes === 0) {
    ctx.add("codes-missing", "error", row, column, value.trim() === "" ? "no stock code" : `no stock code in ${describeValue(value)}`, "generate-codes");
    return 0;
  }
  if (f.empty > 0) ctx.add("codes-empty-entry", "warning", row, column, `the code list ${describeValue(value)} has an empty entry`, "tidy-list");
  let separated = false;
  if (!f.comma && (f.separator !== "" || f.tabInside)) {
    const sep = f.separator !== "" ? `"${f.separator}"` : "tabs or line breaks";
    ctx.add("codes-separator", "warning", row, column,
      `${describeValue(value)} looks like several codes separated by ${sep} instead of commas`, "split-on-separator");
    separated = true;
  }
  if (f.invisible !== "") {
    ctx.add("codes-invisible", "warning", row, column,
      `a code in ${describeValue(value)} contains invisible or control characters (${f.invisible})`, "remove-invisible");
  }
  // A tab or line break inside one code of a comma list is whitespace like a space: probably two codes.
  if ((f.space !== "" || f.tabInside) && !separated) {
    ctx.add("codes-space", "warning", row, column, `a code in ${describeValue(value)} contains a space: probably two codes`, "split-on-spaces");
  }
  if (f.repeats.length > 0) {
    const named = f.repeats.map((r) => describeValue(r));
    const text = named.length === 1
      ? `code ${named[0]} appears`
      : `codes ${named.slice(0, -1).join(", ")} and ${named[named.length - 1]} appear`;
    ctx.add("codes-duplicate-in-row", "error", row, column, `${text} more than once in this cell`, "remove-repeat");
  }
  if (f.scientific !== "") {
    ctx.add("codes-precision-lost", "error", row, column,
      `code ${f.scientific} is in scientific notation: Excel turned the code into a rounded number and the digits are lost; re-enter it as text from the source`);
  }
  if (f.tooLong !== "") {
    ctx.add("codes-too-long", "error", row, column,
      `code ${describeValue(f.tooLong)} is ${f.tooLong.length} characters long, more than ${ctx.settings.maxCodeLength}`);
  }
  return f.codes;
}
