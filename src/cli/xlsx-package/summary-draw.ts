/**
 * The summary sheet drawn by the same code as the whole-workbook path (writeSummarySheet) in a
 * small exceljs workbook that holds, while it draws, an empty sheet for each of the input's
 * sheets and a table for each of its table names, so the sheet and table names it picks are
 * those the whole path would pick. Those stand-ins are removed before it is written; the parts
 * of the one sheet left are what the package copy adds.
 */
import ExcelJS from "exceljs";
import { entryText, findEntry, openZip, type ZipSource } from "../zip/zip-read";
import { writeSummarySheet, type SummarySheetInput } from "../write-summary";
import { CONTENT_TYPES, overridesOf, relsPartOf, TABLE_TYPE, WORKSHEET_TYPE, type PackageFacts } from "./summary-package";
import { childElements, sectionOf } from "./summary-xml";

/** The summary sheet's parts as exceljs writes them, its text inline (the input's shared strings stay as they are). */
export interface DrawnSummary {
  sheetName: string;
  sheet: string;
  /** The sheet's relationships (to its table). */
  sheetRels: string;
  table: string;
  styles: string;
  /** The `<definedName>` that marks the sheet as ours, as exceljs writes it. */
  definedName: string;
}

export async function drawSummary(facts: Pick<PackageFacts, "sheetNames" | "tableNames" | "date1904">, input: SummarySheetInput): Promise<DrawnSummary> {
  const workbook = new ExcelJS.Workbook();
  workbook.properties.date1904 = facts.date1904;
  const standIns = facts.sheetNames.map((name) => workbook.addWorksheet(name));
  const holder = standIns[0] ?? workbook.addWorksheet("Sheet1");
  facts.tableNames.forEach((name, i) => holder.addTable({ name, ref: `A${2 * i + 1}`, headerRow: true, columns: [{ name: "x" }], rows: [] }));
  const sheetName = writeSummarySheet(workbook, input);
  for (const sheet of [...standIns, holder]) workbook.removeWorksheet(sheet.id);
  const zip = openZip(Buffer.from(await workbook.xlsx.writeBuffer()));
  if (!zip) throw new Error("the summary drawn by exceljs could not be read back");
  const text = (name: string) => {
    const entry = findEntry(zip, name);
    if (!entry) throw new Error(`the summary drawn by exceljs has no ${name}`);
    return entryText(zip, entry);
  };
  const types = text(CONTENT_TYPES);
  const [sheetPart] = overridesOf(types, WORKSHEET_TYPE);
  const [tablePart] = overridesOf(types, TABLE_TYPE);
  return {
    sheetName,
    sheet: inlineStrings(text(sheetPart), sharedStrings(zip)),
    sheetRels: text(relsPartOf(sheetPart)),
    table: text(tablePart),
    styles: text("xl/styles.xml"),
    definedName: /<definedName(?=[\s>])[^>]*>[^<]*<\/definedName>/.exec(text("xl/workbook.xml"))?.[0] ?? "",
  };
}

/** Each shared string's text, still escaped as XML (the runs of a rich string joined). */
function sharedStrings(zip: ZipSource): string[] {
  const entry = findEntry(zip, "xl/sharedStrings.xml");
  if (!entry) return [];
  return childElements(sectionOf(entryText(zip, entry), "sst")?.inner ?? "", "si").map((si) =>
    [...si.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)].map((m) => m[1]).join(""),
  );
}

/** Shared-string cells rewritten as the streaming writer writes text (`t="str"` with the text as the value). */
function inlineStrings(sheet: string, strings: readonly string[]): string {
  return sheet.replace(/(<c(?=\s)[^>]*?)\st="s"([^>]*)><v>(\d+)<\/v>/g, (_, head: string, tail: string, index: string) => `${head} t="str"${tail}><v>${strings[Number(index)]}</v>`);
}
