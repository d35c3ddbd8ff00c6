/**
 * Header detection and column roles (docs/design.md §1).
 *
 * Decisions:
 * - The header row is the first of the grid's first `HEADER_SEARCH_ROWS` used
 *   (non-blank) rows that names both a quantity and a stock-codes column; rows above it
 *   are titles (header-window.ts).
 * - Header text is compared with the BOM removed, trimmed, case-insensitive, and
 *   with spaces, underscores and hyphens ignored (`Serial_Number` = `serial number`).
 * - `settings.mapping[role]` names the header text to use for that role; it replaces
 *   the aliases for that role, and a column it claims is not claimed by another role.
 * - Two columns claiming a role: for quantity or codes a table error (the user picks
 *   one in the mapping; every row is then invalid and not checked further), for an
 *   optional role a warning and the first column is used.
 * - When no header row is found, duplicate claims on the best candidate row (the first
 *   of those rows naming either required role) are still reported, so the mapping
 *   pane can show them together with `no-header`.
 */
import type { CellValue, ColumnMap, Grid, Issue, Role, TableInfo } from "./types";
import type { Settings } from "./settings";
import { excelRow, toAddress } from "./cells";
import { HEADER_SEARCH_ROWS, isBlankRow } from "./header-window";
import { headerKey, headerText } from "./header-text";
import { issueAt, type IssueValues } from "./rules/context";

export { headerKey, headerText };

export const ROLES: readonly Role[] = ["quantity", "codes", "category", "name", "income", "expense"];
export const REQUIRED_ROLES: readonly Role[] = ["quantity", "codes"];

/** Header aliases per role (docs/design.md §1). */
export const ROLE_ALIASES: Readonly<Record<Role, readonly string[]>> = {
  quantity: ["Quantity", "Qty", "Count", "Units", "Amount in stock"],
  codes: ["Stock codes", "Stock code", "Codes", "Code", "Barcodes", "Barcode", "Serial", "Serials", "Serial number",
    "Serial numbers", "Asset tag", "Asset tags", "SKU codes"],
  category: ["Category", "Group", "Type", "Product group"],
  name: ["Name", "Item", "Item name", "Product", "Description"],
  income: ["Income", "Revenue", "Sales", "Rental income"],
  expense: ["Expense", "Expenses", "Cost", "Costs", "Maintenance cost", "Purchase cost"],
};

const ALIAS_ROLE = new Map<string, Role>();
for (const role of ROLES) for (const alias of ROLE_ALIASES[role]) ALIAS_ROLE.set(headerKey(alias), role);

/** Columns claiming each role in one row. */
type Claims = Record<Role, number[]>;

function claimsOf(row: readonly CellValue[], settings: Settings): Claims {
  const claims: Claims = { quantity: [], codes: [], category: [], name: [], income: [], expense: [] };
  const mapped = new Map<string, Role>();
  for (const role of ROLES) {
    const text = settings.mapping[role];
    if (text !== undefined) mapped.set(headerKey(text), role);
  }
  for (let c = 0; c < row.length; c++) {
    const key = headerKey(row[c]);
    if (key === "") continue;
    const byMapping = mapped.get(key);
    if (byMapping) {
      claims[byMapping].push(c);
      continue;
    }
    const role = ALIAS_ROLE.get(key);
    if (role && settings.mapping[role] === undefined) claims[role].push(c);
  }
  return claims;
}

/** The header row, its roles and any header issues. */
export interface TableDetection {
  table: TableInfo | null;
  issues: Issue[];
  /** True when a required role is claimed twice: rows are then not checked. */
  ambiguous: boolean;
}

function duplicateIssues(row: readonly CellValue[], r: number, claims: Claims, origin: string): Issue[] {
  const issues: Issue[] = [];
  for (const role of ROLES) {
    const cols = claims[role];
    if (cols.length < 2) continue;
    const required = REQUIRED_ROLES.includes(role);
    for (const c of cols.slice(1)) {
      // The mapping names columns by header text, so it cannot pick one of two same headers.
      const remedy = headerKey(row[c]) === headerKey(row[cols[0]]) ? "rename" : "mapping";
      issues.push(issueAt("duplicate-header", required ? "error" : "warning", r, c,
        required ? "issue-duplicate-header-required" : "issue-duplicate-header-optional", {
          cell: toAddress(r, c, origin), role, remedy, header: headerText(row[c]), firstHeader: headerText(row[cols[0]]),
          first: toAddress(r, cols[0], origin),
        }));
    }
  }
  return issues;
}

/** Finds the header row and column roles, with `duplicate-header` / `no-header` issues. */
export function detectColumns(values: Grid, settings: Settings): TableDetection {
  let used = 0;
  let candidate: { r: number; claims: Claims } | null = null;
  for (let r = 0; r < values.length && used < HEADER_SEARCH_ROWS; r++) {
    const row = values[r];
    if (isBlankRow(row)) continue;
    used++;
    const claims = claimsOf(row, settings);
    if (claims.quantity.length > 0 && claims.codes.length > 0) {
      const columns: ColumnMap = { quantity: claims.quantity[0], codes: claims.codes[0] };
      for (const role of ["category", "name", "income", "expense"] as const) {
        if (claims[role].length > 0) columns[role] = claims[role][0];
      }
      const issues = duplicateIssues(row, r, claims, settings.origin);
      const headers = Array.from(row, (v) => headerText(v));
      return {
        table: { headerRow: r, columns, headers },
        issues,
        ambiguous: claims.quantity.length > 1 || claims.codes.length > 1,
      };
    }
    if (!candidate && (claims.quantity.length > 0 || claims.codes.length > 0)) candidate = { r, claims };
  }
  const issues = [noHeaderIssue(values, candidate, settings)];
  if (candidate) issues.push(...duplicateIssues(values[candidate.r], candidate.r, candidate.claims, settings.origin));
  return { table: null, issues, ambiguous: false };
}

/** `no-header`, naming a mapping that matched no header and what the best candidate row lacks. */
function noHeaderIssue(values: Grid, candidate: { r: number; claims: Claims } | null, settings: Settings): Issue {
  const at = candidate ? candidate.r : 0;
  const said: IssueValues = { cell: toAddress(at, 0, settings.origin), window: HEADER_SEARCH_ROWS, found: "none" };
  for (const role of REQUIRED_ROLES) {
    const mapped = settings.mapping[role];
    const unmatched = mapped !== undefined && !candidate?.claims[role].length;
    said[`${role}Mapping`] = unmatched ? "unmatched" : "matched";
    if (unmatched) said[`${role}Header`] = mapped;
  }
  if (candidate) {
    const found = candidate.claims.quantity.length > 0 ? "quantity" : "codes";
    const c = candidate.claims[found][0];
    Object.assign(said, {
      found, row: String(excelRow(candidate.r, settings.origin)), header: headerText(values[candidate.r][c]), at: toAddress(candidate.r, c, settings.origin),
    });
  }
  return issueAt("no-header", "error", at, 0, "issue-no-header", said);
}

/** Column indexes of headers named in `names` (compared like headers), in grid order. */
export function columnsNamed(headers: readonly string[] | undefined, names: readonly string[]): number[] {
  if (!headers || names.length === 0) return [];
  const wanted = new Set(names.map((n) => headerKey(n)));
  const out: number[] = [];
  headers.forEach((h, c) => {
    if (wanted.has(headerKey(h))) out.push(c);
  });
  return out;
}
