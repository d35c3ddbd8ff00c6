/**
 * Whether exceljs's streaming reader names each worksheet after the part it reads. It looks for
 * `xl/workbook.xml` and its rels, and names `xl/worksheets/sheetN.xml` only when a relationship's
 * Target is written exactly `worksheets/sheetN.xml`; any other form (an absolute `/xl/worksheets/…`,
 * as openpyxl writes, or `./worksheets/…`) leaves the sheet named `SheetN`, which may be another
 * sheet's real name. Then the streamed names cannot be trusted and the whole reader runs.
 */
import { entryText, findEntry, type ZipSource } from "../zip/zip-read";
import { attrOf, startTags } from "./xml-text";

const WORKBOOK = "xl/workbook.xml";
const WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";
const WORKSHEET_TYPE = /\/worksheet$/;
const NAMED_FORM = /^worksheets\/sheet\d+\.xml$/;

export function streamNamesTrusted(zip: ZipSource): boolean {
  const rels = findEntry(zip, WORKBOOK_RELS);
  if (!findEntry(zip, WORKBOOK) || !rels) return false;
  const targets = startTags(entryText(zip, rels), "Relationship")
    .filter((tag) => WORKSHEET_TYPE.test(attrOf(tag, "Type") ?? ""))
    .map((tag) => attrOf(tag, "Target") ?? "");
  return targets.every((target) => NAMED_FORM.test(target) && findEntry(zip, `xl/${target}`) !== undefined);
}
