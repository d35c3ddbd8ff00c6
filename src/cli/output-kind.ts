import path from "node:path";

/** What an `--out` file is written as: a workbook, delimited text (comma or tab), or JSON. */
export type OutputKind = "xlsx" | "csv" | "tsv" | "json";

const BY_EXTENSION: Record<string, OutputKind> = { ".xlsx": "xlsx", ".csv": "csv", ".tsv": "tsv", ".txt": "tsv", ".json": "json" };

/** The kind an --out name asks for, or undefined for a name no writer takes. */
export function outputKindOf(file: string): OutputKind | undefined {
  return BY_EXTENSION[path.extname(file).toLowerCase()];
}

/** The commands that write a report rather than the changed sheet, and what they write. */
const REPORTS: Record<string, string> = {
  check: ".xlsx, .csv, .tsv, .txt or .json (the issue list)",
  stocktake: ".xlsx, .csv, .tsv, .txt or .json (the stocktake report)",
  summary: ".xlsx (a copy of the workbook with the summary sheet), or .csv, .tsv, .txt or .json (the summary table)",
};
/** What a command writing the changed sheet (serialize, aggregate) takes. */
const CHANGED_SHEET = ".xlsx, or for a .csv, .tsv, .txt or .json input also .csv, .tsv, .txt or .json";

/**
 * The reason `--out` cannot be written for this command and input, or null when it can. An .xlsx
 * input is written only as .xlsx: its formulas' cached results are stale once rows were split or
 * merged (Excel recalculates them on opening), and its formats and other sheets do not fit a text file.
 */
export function outputRefusal(command: string, out: string, input: string): string | null {
  const kind = outputKindOf(out);
  const report = Object.hasOwn(REPORTS, command) ? REPORTS[command] : undefined;
  if (kind === undefined) return `--out ${out}: ${command} writes ${report ?? CHANGED_SHEET}`;
  if (report === undefined && kind !== "xlsx" && /\.xls[xm]$/i.test(input)) {
    return `--out ${out}: an .xlsx input is written as .xlsx (its formulas, formats and other sheets do not fit in a ${path.extname(out).toLowerCase()} file); use --out OUT.xlsx`;
  }
  return null;
}
