/**
 * An Excel table on a sheet of exceljs's streaming WorkbookWriter, which has no addTable: the
 * cells are stored as exceljs's Table does it (header, rows and totals row, each cell in its
 * column's style), and the parts the whole-workbook writer adds for a table are added to the
 * package as it is written: `xl/tables/tableN.xml`, the sheet's relationship to it, the
 * `<tableParts>` element at the end of the sheet's XML, and the table's content type.
 */
import type ExcelJS from "exceljs";
import { columnLetters, parseAddress } from "../core";
import { xmlEscape } from "./xlsx-package/xml-text";

const TABLE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table";
const TABLE_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";
const CONTENT_TYPES = "[Content_Types].xml";

/** The members of exceljs 4.4's WorkbookWriter and WorksheetWriter used here (not in its typings). */
interface WriterInternals {
  zip: { append(data: string, options: { name: string }): unknown };
  styles: { addDxfStyle(style: { numFmt?: string }): number };
}
interface SheetWriterInternals {
  _sheetRelsWriter: { addRelationship(rel: { Type: string; Target: string }): string };
  _writeCloseWorksheet(): void;
  _write(text: string): void;
}

/** exceljs takes each column's cell style (`{ numFmt }`), which its typings leave out. */
const styleOf = (column: ExcelJS.TableColumnProperties) => (column as { style?: Partial<ExcelJS.Style> }).style;

/** Tables added per writer, so each gets its own part name and id. */
const tablesOf = new WeakMap<object, string[]>();

/**
 * Adds `table` to `sheet`, a sheet of the streaming `workbook`, as `sheet.addTable(table)` does
 * on a whole workbook. Call before the sheet's first row is committed; rows stay the caller's to commit.
 */
export function addStreamedTable(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet, table: ExcelJS.TableProperties): void {
  const writer = workbook as unknown as WriterInternals;
  const parts = partsOf(writer);
  const id = parts.length + 1;
  const target = `table${id}.xml`;
  parts.push(`/xl/tables/${target}`);
  const { top, left, bottom, filterBottom } = storeCells(sheet, table);
  const right = left + table.columns.length - 1;
  const range = (last: number) => `${columnLetters(left - 1)}${top}:${columnLetters(right - 1)}${last}`;
  const dxfIds = table.columns.map((column) => (styleOf(column) ? writer.styles.addDxfStyle({ ...styleOf(column) }) : undefined));
  writer.zip.append(tableXml(table, id, range(bottom), range(filterBottom), dxfIds), { name: `xl/tables/${target}` });
  const internals = sheet as unknown as SheetWriterInternals;
  const rId = internals._sheetRelsWriter.addRelationship({ Type: TABLE_REL, Target: `../tables/${target}` });
  const close = internals._writeCloseWorksheet.bind(sheet);
  internals._writeCloseWorksheet = () => {
    internals._write(`<tableParts count="1"><tablePart r:id="${rId}"/></tableParts>`);
    close();
  };
}

/** The writer's table part names, its content types made to list them when it writes them. */
function partsOf(writer: WriterInternals): string[] {
  const known = tablesOf.get(writer);
  if (known) return known;
  const parts: string[] = [];
  tablesOf.set(writer, parts);
  const append = writer.zip.append.bind(writer.zip);
  writer.zip.append = (data, options) => {
    if (options.name !== CONTENT_TYPES) return append(data, options);
    const overrides = parts.map((name) => `<Override PartName="${name}" ContentType="${TABLE_TYPE}"/>`).join("");
    return append(data.replace("</Types>", `${overrides}</Types>`), options);
  };
  return parts;
}

/** The header, rows and totals row with each column's style, as exceljs's Table.store writes them; returns the rows it covers. */
function storeCells(sheet: ExcelJS.Worksheet, table: ExcelJS.TableProperties): { top: number; left: number; bottom: number; filterBottom: number } {
  const origin = parseAddress(table.ref);
  const [top, left] = [origin.row + 1, origin.column + 1];
  let at = top;
  const put = (values: readonly unknown[]) => {
    const row = sheet.getRow(at++);
    values.forEach((value, j) => {
      const cell = row.getCell(left + j);
      cell.value = value as ExcelJS.CellValue;
      Object.assign(cell, styleOf(table.columns[j]) ?? {});
    });
  };
  if (table.headerRow !== false) put(table.columns.map((c) => c.name));
  for (const values of table.rows) put(values);
  const filterBottom = at - 1;
  if (table.totalsRow) put(table.columns.map((c, j) => (j === 0 ? (c.totalsRowLabel ?? "Total") : null)));
  return { top, left, bottom: at - 1, filterBottom };
}

/** The table part as exceljs's TableXform renders it (only what a table with no totals functions uses). */
function tableXml(table: ExcelJS.TableProperties, id: number, ref: string, filterRef: string, dxfIds: (number | undefined)[]): string {
  const attr = (name: string, value: string | number | undefined) => (value === undefined ? "" : ` ${name}="${xmlEscape(String(value))}"`);
  const filters = table.columns.map((c, i) => `<filterColumn colId="${i}" hiddenButton="${c.filterButton ? 0 : 1}"/>`).join("");
  const columns = table.columns
    .map((c, i) => `<tableColumn id="${i + 1}"${attr("name", c.name)}${i === 0 ? attr("totalsRowLabel", c.totalsRowLabel ?? "Total") : attr("totalsRowFunction", c.totalsRowFunction ?? "none")}${attr("dxfId", dxfIds[i])}/>`)
    .join("");
  const style = table.style ?? {};
  const flag = (on: boolean | undefined) => (on ? "1" : "0");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"${attr("id", id)}${attr("name", table.name)}${attr("displayName", table.displayName ?? table.name)}${attr("ref", ref)}` +
    `${table.totalsRow ? ' totalsRowCount="1"' : ' totalsRowShown="1"'} headerRowCount="${table.headerRow === false ? 0 : 1}">` +
    `<autoFilter ref="${filterRef}">${filters}</autoFilter><tableColumns count="${table.columns.length}">${columns}</tableColumns>` +
    `<tableStyleInfo${attr("name", style.theme ?? "TableStyleMedium2")} showFirstColumn="${flag(style.showFirstColumn)}" showLastColumn="${flag(style.showLastColumn)}"` +
    ` showRowStripes="${flag(style.showRowStripes)}" showColumnStripes="${flag(style.showColumnStripes)}"/></table>`
  );
}
