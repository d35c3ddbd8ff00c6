/** What every command receives once the file was read and checked (run-command.ts makes it). */
import { checkInventory, type CellValue, type CheckReport, type SettingsInput } from "../core";
import type { ColumnChanges } from "./excel-changes";
import type { CliOptions } from "./args";
import type { CliIO } from "./cli-io";
import { formatCheck, type AddressedIssue, type CheckView } from "./format-check";
import type { Progress } from "./progress";
import type { LoadedInput } from "./read-input";

/** Everything a command needs after the file was read and checked. */
export interface Checked {
  options: CliOptions;
  io: CliIO;
  input: LoadedInput;
  settings: Partial<SettingsInput>;
  origin: string;
  /** The check of `input.grid`: what Excel would show (`check` prints it). */
  report: CheckReport;
  issues: AddressedIssue[];
  errors: number;
  /**
   * The grid the other commands work on and write: `input.grid` with the file's own text
   * wherever Excel's reading of a .csv would change a value (docs/design.md §8); the same
   * array when nothing changes.
   */
  keptGrid: CellValue[][];
  /** The columns Excel's reading changes (empty for .xlsx, .json and --excel-reading off). */
  excelChanges: ColumnChanges[];
  /** Absolute --out path, already checked. */
  outPath?: string;
  progress: Progress;
  /** "Stock in inventory.xlsx": how usage errors (always English) name what was read. */
  where: string;
  /** `where` in --lang, for headlines ("Stock tiedostossa inventory.xlsx"). */
  heading: string;
  /** How the file was read when it is not the usual (`read as ;-separated, locale nl-NL`), else "". */
  readAs: string;
}

/** The Excel row number of the header, or null when no table was found. */
export function headerRowNumber(c: Pick<Checked, "report" | "input">): number | null {
  return c.report.table ? c.report.table.headerRow + c.input.originRow : null;
}

/** What the human check report needs from a checked file. */
export function checkView(c: Pick<Checked, "heading" | "report" | "issues" | "input" | "excelChanges" | "readAs" | "options">): CheckView {
  return {
    where: c.heading, report: c.report, issues: c.issues, grid: c.input.grid, originRow: c.input.originRow, originColumn: c.input.originColumn,
    excelChanges: c.excelChanges, readAs: c.readAs, locale: c.options.locale, lang: c.options.lang,
  };
}

/** The check of `keptGrid`: the report itself when nothing was kept apart from Excel's reading. */
export function keptReport(c: Pick<Checked, "keptGrid" | "input" | "report" | "settings">): CheckReport {
  return c.keptGrid === c.input.grid ? c.report : checkInventory(c.keptGrid, c.settings);
}

/**
 * For a command that needs the inventory table (summary, stocktake) when none was found: the
 * check's findings (or its JSON) say why; the exit code is 1.
 */
export function printNoTable(c: Checked): number {
  if (c.options.json) c.io.stdout(`${JSON.stringify({ file: c.options.file, sheet: c.input.sheetName, table: null, issues: c.issues }, null, 2)}\n`);
  else c.io.stdout(`${formatCheck(checkView(c))}\n`);
  return 1;
}
