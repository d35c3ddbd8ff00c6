/**
 * What a check says once about a real export's shape (design.md §17): a register's rows counted as
 * one unit each, and the column that scopes the duplicate check.
 */
import type { Grid, ReportNote, TableInfo } from "./types";
import type { Settings } from "./settings";
import { codeTextOf } from "./codes";
import { columnsNamed, NO_QUANTITY } from "./columns";
import { noteOf } from "./report-notes";

/** Notes about the table found: a sheet read as a register. */
export function tableNotes(table: TableInfo | null, settings: Settings): ReportNote[] {
  if (!table || table.columns.quantity !== NO_QUANTITY) return [];
  return [noteOf("note-each-row-one-unit", { why: settings.eachRowOneUnit })];
}

/** The part a row's codes belong to, for `codesUniqueWithin`: the cell's text, trimmed, NFC, any case. */
export type DuplicateScope = (row: number) => string;

/**
 * The scope of the duplicate check: undefined for the whole sheet (the default), else the part of
 * a row. A header that names no column keeps the whole sheet (the stricter check) and says so.
 */
export function duplicateScope(values: Grid, table: TableInfo, settings: Settings, notes: ReportNote[]): DuplicateScope | undefined {
  const name = settings.codesUniqueWithin;
  if (name === undefined) return undefined;
  const [column] = columnsNamed(table.headers, [name]);
  if (column === undefined) {
    notes.push(noteOf("note-scope-column-missing", { column: name }));
    return undefined;
  }
  return (row) => codeTextOf(values[row][column]).normalize("NFC").trim().toLowerCase();
}
