/** What every command receives once the file was read and checked (run-command.ts makes it). */
import type { CheckReport, SettingsInput } from "../core";
import type { CliOptions } from "./args";
import type { CliIO } from "./cli-io";
import type { AddressedIssue, CheckView } from "./format-check";
import type { Progress } from "./progress";
import type { LoadedInput } from "./read-input";

/** Everything a command needs after the file was read and checked. */
export interface Checked {
  options: CliOptions;
  io: CliIO;
  input: LoadedInput;
  settings: Partial<SettingsInput>;
  origin: string;
  report: CheckReport;
  issues: AddressedIssue[];
  errors: number;
  /** Absolute --out path, already checked. */
  outPath?: string;
  progress: Progress;
  /** "Stock in inventory.xlsx": how messages name what was read. */
  where: string;
}

/** The Excel row number of the header, or null when no table was found. */
export function headerRowNumber(c: Pick<Checked, "report" | "input">): number | null {
  return c.report.table ? c.report.table.headerRow + c.input.originRow : null;
}

/** What the human check report needs from a checked file. */
export function checkView(c: Pick<Checked, "where" | "report" | "issues" | "input">): CheckView {
  return { where: c.where, report: c.report, issues: c.issues, grid: c.input.grid, originRow: c.input.originRow, originColumn: c.input.originColumn };
}
