/**
 * Aggregate's rows that differ only in their status (issue 16, docs/design.md §28): the pane offers
 * to merge them keeping the per-status counts in the available column, or to leave them alone.
 */
import { headerText, type AggregateRefusal, type TableInfo } from "../core";

/**
 * How many refused rows differ from the others only in the status column (and the available
 * count that goes with it); 0 when the sheet has no status column, or no available column:
 * keep-counts needs one to merge them, so the pane does not offer it.
 *
 * @example statusOnlyRefusals([{ row: 3, reason: "…", columns: ["Status"] }], table) // 1
 */
export function statusOnlyRefusals(refused: readonly AggregateRefusal[], table: TableInfo): number {
  const { status, available } = table.columns;
  if (status === undefined || available === undefined) return 0;
  const name = (column: number) => headerText(table.headers?.[column]) || `column ${column + 1}`;
  const statusName = name(status);
  const allowed = new Set([statusName, name(available)]);
  return refused.filter((r) => r.columns !== undefined && r.columns.includes(statusName) && r.columns.every((c) => allowed.has(c))).length;
}
