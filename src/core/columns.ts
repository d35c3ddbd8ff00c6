/**
 * Header detection and column roles (docs/design.md §1).
 *
 * Decisions:
 * - The header row is the first of the grid's first `HEADER_SEARCH_ROWS` used
 *   (non-blank) rows that names both a quantity and a stock-codes column; rows above it
 *   are titles (header-window.ts).
 * - Header text is compared with the BOM removed, trimmed, case-insensitive, and
 *   with spaces, underscores and hyphens ignored (`Serial_Number` = `serial number`), against
 *   every language's catalogue at once (header-lookup.ts, design.md §14).
 * - A header that reads as two roles in two languages takes the reading of the locale's own
 *   language (with a `duplicate-header` warning saying so); otherwise it takes neither, and
 *   when one of them is required that is a `duplicate-header` error: never a silent guess.
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
import { headerLookup, type HeaderLookup, type HeaderReading } from "./header-lookup";
import { CATALOGUES, LANGUAGES, languageOf, type Language } from "./locales";
import { EN } from "./locales/en";
import { secondaryRole } from "./secondary-headers";
import { issueAt, type IssueValues } from "./rules/context";

export { headerKey, headerText };

export const ROLES: readonly Role[] = ["quantity", "codes", "category", "name", "income", "expense", "status", "available", "purchase"];
export const REQUIRED_ROLES: readonly Role[] = ["quantity", "codes"];

/**
 * `ColumnMap.quantity` of a register, a sheet without a quantity column whose rows are one unit
 * each (design.md §17): serialize and aggregate refuse, as there is no quantity cell to write.
 */
export const NO_QUANTITY = -1;

/**
 * The English header aliases per role (docs/design.md §1), as they always were. Every
 * language's catalogue, English included, is in `src/core/locales` (§14); detection uses all
 * of them unless `settings.languages` narrows it.
 */
export const ROLE_ALIASES: Readonly<Record<Role, readonly string[]>> = EN;

/** Columns claiming each role in one row. */
type Claims = Record<Role, number[]>;

/** A header that reads as two roles in two languages; `chosen` when the locale's language settles it. */
interface Conflict {
  column: number;
  readings: readonly HeaderReading[];
  chosen?: HeaderReading;
}

interface RowClaims {
  claims: Claims;
  conflicts: Conflict[];
}

function noClaims(): Claims {
  return Object.fromEntries(ROLES.map((role) => [role, []])) as unknown as Claims;
}

function claimsOf(row: readonly CellValue[], settings: Settings, lookup: HeaderLookup): RowClaims {
  const claims = noClaims();
  const secondary = noClaims();
  const conflicts: Conflict[] = [];
  const mapped = new Map<string, Role>();
  for (const role of ROLES) {
    const text = settings.mapping[role];
    if (text !== undefined) mapped.set(headerKey(text), role);
  }
  const own = languageOf(settings.locale);
  for (let c = 0; c < row.length; c++) {
    const key = headerKey(row[c]);
    if (key === "") continue;
    const byMapping = mapped.get(key);
    if (byMapping) {
      claims[byMapping].push(c);
      continue;
    }
    const readings = lookup.readingsOf(row[c])?.filter((r) => settings.mapping[r.role] === undefined);
    if (!readings || readings.length === 0) {
      const role = secondaryRole(row[c], settings);
      if (role) secondary[role].push(c);
      continue;
    }
    const role = readings[0].role;
    if (readings.every((r) => r.role === role)) {
      claims[role].push(c);
      continue;
    }
    // Two roles in two languages: the workbook's own language settles it (and says so), else nobody guesses.
    const mine = readings.filter((r) => r.language === own);
    const chosen = mine.length > 0 && mine.every((r) => r.role === mine[0].role) ? mine[0] : undefined;
    if (chosen) claims[chosen.role].push(c);
    conflicts.push({ column: c, readings, chosen });
  }
  for (const role of ROLES) if (claims[role].length === 0 && secondary[role].length > 0) claims[role].push(secondary[role][0]);
  if (settings.eachRowOneUnit === "on") claims.quantity = [];
  return { claims, conflicts };
}

/** True when a header reads as two roles, one of them required, and the locale does not settle it. */
function blocksRequired(conflict: Conflict): boolean {
  return !conflict.chosen && conflict.readings.some((r) => REQUIRED_ROLES.includes(r.role));
}

/** The header row, its roles and any header issues. */
export interface TableDetection {
  table: TableInfo | null;
  issues: Issue[];
  /** True when a required role is claimed twice: rows are then not checked. */
  ambiguous: boolean;
}

function duplicateIssues(row: readonly CellValue[], r: number, found: RowClaims, settings: Settings): Issue[] {
  const { claims, conflicts } = found;
  const origin = settings.origin;
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
  for (const conflict of conflicts) {
    const c = conflict.column;
    const reading = conflict.chosen ?? conflict.readings[0];
    const other = conflict.readings.find((x) => x.role !== reading.role) ?? reading;
    const error = blocksRequired(conflict);
    issues.push(issueAt("duplicate-header", error ? "error" : "warning", r, c,
      error ? "issue-duplicate-header-required" : "issue-duplicate-header-optional", {
        cell: toAddress(r, c, origin), role: reading.role, remedy: conflict.chosen ? "locale" : "languages", header: headerText(row[c]),
        language: reading.language, otherRole: other.role, otherLanguage: other.language, locale: settings.locale,
      }));
  }
  return issues.sort((a, b) => a.column - b.column);
}

/**
 * Finds the header row and column roles, with `duplicate-header` / `no-header` issues.
 * `lookup` is the catalogues' look-up (by default the built-in ones for `settings.languages`).
 */
export function detectColumns(values: Grid, settings: Settings, lookup = headerLookup(settings.languages)): TableDetection {
  let used = 0;
  let candidate: { r: number; found: RowClaims } | null = null;
  let register: { r: number; found: RowClaims } | null = null;
  for (let r = 0; r < values.length && used < HEADER_SEARCH_ROWS; r++) {
    const row = values[r];
    if (isBlankRow(row)) continue;
    used++;
    const found = claimsOf(row, settings, lookup);
    const { claims } = found;
    if (claims.codes.length > 0 && (claims.quantity.length > 0 || settings.eachRowOneUnit === "on")) return tableAt(row, r, found, settings);
    if (!register && claims.codes.length > 0) register = { r, found };
    const conflicted = found.conflicts.some(blocksRequired);
    if (!candidate && (claims.quantity.length > 0 || claims.codes.length > 0 || conflicted)) candidate = { r, found };
  }
  // A register (codes, no quantity column anywhere): each row is one unit, said in a report note.
  if (register && settings.eachRowOneUnit === "auto") return tableAt(values[register.r], register.r, register.found, settings);
  const issues = [noHeaderIssue(values, candidate, settings)];
  if (candidate) issues.push(...duplicateIssues(values[candidate.r], candidate.r, candidate.found, settings));
  return { table: null, issues, ambiguous: false };
}

/** The table whose header is row `r`; without a quantity claim its quantity column is `NO_QUANTITY`. */
function tableAt(row: readonly CellValue[], r: number, found: RowClaims, settings: Settings): TableDetection {
  const { claims } = found;
  const columns: ColumnMap = { quantity: claims.quantity[0] ?? NO_QUANTITY, codes: claims.codes[0] };
  for (const role of ROLES) {
    if (REQUIRED_ROLES.includes(role)) continue;
    if (claims[role].length > 0) columns[role] = claims[role][0];
  }
  return {
    table: { headerRow: r, columns, headers: Array.from(row, (v) => headerText(v)) },
    issues: duplicateIssues(row, r, found, settings),
    ambiguous: claims.quantity.length > 1 || claims.codes.length > 1 || found.conflicts.some(blocksRequired),
  };
}

/**
 * Headers to name for `role` when no header row was found: the first of the workbook's own
 * language (from `settings.locale`), then the English one when English is active.
 */
function aliasesNamed(role: Role, language: Language, active: readonly Language[]): string {
  const names = CATALOGUES[language][role].slice(0, 3);
  if (language !== "en" && active.includes("en")) names.push(EN[role][0]);
  return names.join(", ");
}

/** `no-header`, naming a mapping that matched no header and what the best candidate row lacks. */
function noHeaderIssue(values: Grid, candidate: { r: number; found: RowClaims } | null, settings: Settings): Issue {
  const at = candidate ? candidate.r : 0;
  const said: IssueValues = { cell: toAddress(at, 0, settings.origin), window: HEADER_SEARCH_ROWS, found: "none" };
  for (const role of REQUIRED_ROLES) {
    const mapped = settings.mapping[role];
    const unmatched = mapped !== undefined && !candidate?.found.claims[role].length;
    said[`${role}Mapping`] = unmatched ? "unmatched" : "matched";
    if (unmatched) said[`${role}Header`] = mapped;
  }
  const claims = candidate?.found.claims;
  if (candidate && claims && (claims.quantity.length > 0 || claims.codes.length > 0)) {
    const found = claims.quantity.length > 0 ? "quantity" : "codes";
    const c = claims[found][0];
    Object.assign(said, {
      found, row: String(excelRow(candidate.r, settings.origin)), header: headerText(values[candidate.r][c]), at: toAddress(candidate.r, c, settings.origin),
    });
  } else {
    // The English sentence names English headers; another workbook language lists its own first.
    const active = settings.languages ?? LANGUAGES;
    const own = languageOf(settings.locale);
    const language = own && active.includes(own) ? own : active[0];
    if (language !== "en") {
      Object.assign(said, { found: "listed", quantityAliases: aliasesNamed("quantity", language, active), codesAliases: aliasesNamed("codes", language, active) });
    }
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
