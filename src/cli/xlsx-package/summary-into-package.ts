/**
 * `summary --out` of an .xlsx the part-by-part path takes: every input part copied still
 * compressed, the summary sheet (drawn by the same code as the whole path), its table, the
 * workbook's sheet list, marker name, rels, content types and appended styles added; the same
 * workbook as writeSummarySheet + saveWorkbook on the whole workbook.
 *
 * docProps/app.xml (the sheet titles Explorer shows) is copied as it was: Excel and LibreOffice
 * take the sheets from workbook.xml and rewrite app.xml when they save. No formula changes, so
 * the whole path's full recalculation on load is not asked for either.
 */
import path from "node:path/posix";
import type { SummarySheetInput } from "../write-summary";
import { writeOutput } from "../out-file";
import { createZipSink } from "../zip/zip-write";
import type { XlsxPackage } from "./package-types";
import { drawSummary, type DrawnSummary } from "./summary-draw";
import { CONTENT_TYPES, readFacts, relsPartOf, TABLE_TYPE, WORKSHEET_TYPE, type PackageFacts } from "./summary-package";
import { mergeStyles } from "./summary-styles";
import { freeRelationshipId, TABLE_REL, withDefinedName, withOverrides, withRelationship, withSheet, WORKSHEET_REL } from "./summary-workbook";

/** Writes the copy with the summary sheet to `target` (claimed when complete); returns the sheet's name. */
export async function saveSummaryIntoPackage(pkg: XlsxPackage, input: SummarySheetInput, target: string): Promise<string> {
  const facts = readFacts(pkg);
  if (typeof facts === "string" || facts.styles === undefined) throw new Error(`summary into the package: ${typeof facts === "string" ? facts : "no styles part"}`);
  const drawn = await drawSummary(facts, input);
  const parts = summaryParts(pkg, facts, facts.styles, drawn);
  await writeOutput(target, async (temp) => {
    const sink = await createZipSink(temp);
    try {
      for (const entry of pkg.zip.entries) {
        const changed = parts.changed.get(entry.name);
        await (changed === undefined ? sink.copyEntry(pkg.zip, entry.name) : sink.addEntry(entry.name, changed));
      }
      for (const [name, text] of parts.added) await sink.addEntry(name, text);
      await sink.finish();
    } catch (error) {
      await sink.abort();
      throw error;
    }
  });
  return drawn.sheetName;
}

/** The input parts rewritten (by entry name) and the parts added, in the order they are written. */
interface SummaryParts {
  changed: Map<string, string>;
  added: [string, string][];
}

function summaryParts(pkg: XlsxPackage, facts: PackageFacts, styles: string, drawn: DrawnSummary): SummaryParts {
  const folder = path.dirname(pkg.workbookPart);
  const sheetPart = freePart(facts, (n) => path.join(folder, "worksheets", `sheet${n}.xml`), true);
  const tablePart = freePart(facts, (n) => path.join(folder, "tables", `table${n}.xml`), false);
  const merged = mergeStyles(styles, drawn.styles);
  const rId = freeRelationshipId(facts.workbookRels);
  const workbook = withDefinedName(withSheet(facts.workbook, drawn.sheetName, facts.maxSheetId + 1, rId), drawn.definedName);
  const sheetTarget = path.relative(folder, sheetPart);
  const tableTarget = path.relative(path.dirname(sheetPart), tablePart);
  const changed = new Map<string, string>([
    [pkg.workbookPart, workbook],
    [facts.workbookRelsPart, withRelationship(facts.workbookRels, rId, WORKSHEET_REL, sheetTarget)],
    [CONTENT_TYPES, withOverrides(facts.contentTypes, [{ part: sheetPart, type: WORKSHEET_TYPE }, { part: tablePart, type: TABLE_TYPE }])],
    [pkg.stylesPart!, merged.xml],
  ]);
  const sheetRels = drawn.sheetRels.replace(/(<Relationship(?=\s)[^>]*?Type="[^"]*\/table"[^>]*?Target=")[^"]*"/, `$1${tableTarget}"`);
  if (!sheetRels.includes(TABLE_REL)) throw new Error("the summary drawn by exceljs has no table relationship");
  return {
    changed: entryNamesOf(pkg, changed),
    added: [
      [sheetPart, restyleSheet(drawn.sheet, merged.cellXf)],
      [relsPartOf(sheetPart), sheetRels],
      [tablePart, retable(drawn.table, facts.maxTableId + 1, merged.dxf)],
    ],
  };
}

/** The first part name `nameOf(n)` (n = 1, 2, …) the package does not hold, nor (`withRels`) its rels part. */
function freePart(facts: PackageFacts, nameOf: (n: number) => string, withRels: boolean): string {
  for (let n = 1; ; n++) {
    const name = nameOf(n);
    if (!facts.partNames.has(name.toLowerCase()) && !(withRels && facts.partNames.has(relsPartOf(name).toLowerCase()))) return name;
  }
}

/** The changed parts keyed by the entry names the package spells them with. */
function entryNamesOf(pkg: XlsxPackage, changed: Map<string, string>): Map<string, string> {
  const byLower = new Map(pkg.zip.entries.map((e) => [e.name.toLowerCase(), e.name]));
  return new Map([...changed].map(([name, text]) => [byLower.get(name.toLowerCase()) ?? name, text]));
}

/** The sheet with its cells', rows' and columns' styles renumbered into the merged styles. */
function restyleSheet(sheet: string, cellXf: (id: number) => number): string {
  return sheet.replace(/<(c|row|col)(?=\s)[^>]*>/g, (tag) => tag.replace(/(\s(?:s|style)=")(\d+)"/, (_, head: string, id: string) => `${head}${cellXf(Number(id))}"`));
}

/** The table with an id no other table in the package has and its column formats renumbered. */
function retable(table: string, id: number, dxf: (id: number) => number): string {
  const withId = table.replace(/(<table(?=\s)[^>]*?\sid=")\d+"/, `$1${id}"`);
  return withId.replace(/(<tableColumn(?=\s)[^>]*?\sdxfId=")(\d+)"/g, (_, head: string, n: string) => `${head}${dxf(Number(n))}"`);
}
