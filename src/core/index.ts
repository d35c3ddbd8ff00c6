/**
 * The engine's public API (SPEC §10). Other layers import from here only.
 * PLACEHOLDER SIGNATURES: the engine work replaces these stubs with the real modules.
 */
import type {
  AggregatePlan,
  CategorySummary,
  CheckReport,
  CodeIndex,
  FixPlan,
  Grid,
  Issue,
  RuleId,
  SerializePlan,
  TableInfo,
} from "./types";
import type { SettingsInput } from "./settings";

export * from "./types";
export { settingsSchema } from "./settings";
export type { Settings, SettingsInput } from "./settings";

const todo = (): never => {
  throw new Error("not implemented yet");
};

export function checkInventory(values: Grid, settings?: Partial<SettingsInput>): CheckReport {
  return todo();
}
export function planSerialize(values: Grid, rows: number[], settings?: Partial<SettingsInput>): SerializePlan {
  return todo();
}
export function planAggregate(values: Grid, rows: number[], settings?: Partial<SettingsInput>): AggregatePlan {
  return todo();
}
export function summarizeByCategory(values: Grid, settings?: Partial<SettingsInput>): CategorySummary {
  return todo();
}
/** Cell edits for one issue, or for every issue of a rule when given several. */
export function planFix(values: Grid, issues: Issue[], settings?: Partial<SettingsInput>): FixPlan {
  return todo();
}
/** Codes `PREFIX-0001…` for the given rows' empty code cells, numbered after the highest existing one. */
export function planGenerateCodes(values: Grid, rows: number[] | "all-missing", settings?: Partial<SettingsInput>): FixPlan {
  return todo();
}
export function buildCodeIndex(values: Grid, settings?: Partial<SettingsInput>): CodeIndex {
  return todo();
}
/** Header row and column roles only (no validation), for the mapping UI and the adapters. */
export function detectTable(values: Grid, settings?: Partial<SettingsInput>): TableInfo | null {
  return todo();
}
/** Validates stored or typed settings: defaults filled, or every problem in plain words. */
export function parseSettings(
  input: unknown,
): { success: true; data: import("./settings").Settings } | { success: false; errors: string[] } {
  return todo();
}
/** `(0, 2)` → `C1` given origin A1; the address a user sees for a grid cell. */
export function toAddress(row: number, column: number, origin?: string): string {
  return todo();
}
export type { RuleId };
