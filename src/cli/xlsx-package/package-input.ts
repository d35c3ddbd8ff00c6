/**
 * Whether an .xlsx `--out` can be written by copying the input package part by part and
 * rewriting only what changes (docs/design.md §16), instead of loading the whole workbook.
 */
import { firstLine, partsNotKept } from "../read-xlsx";
import { entryText, findEntry, openZip, verifyEntries } from "../zip/zip-read";
import { changeCopyable } from "./change-copyable";
import { streamNamesTrusted } from "./stream-names";
import { summaryNotCopyable } from "./summary-copyable";
import { contentTypeOf, relationshipsOf, workbookSheets } from "./workbook-parts";
import type { CopyPurpose, NotCopyable, XlsxPackage } from "./package-types";

// The types live apart so that the checks this file calls can name them without an import cycle.
export type { CopyPurpose, NotCopyable, XlsxPackage } from "./package-types";

/**
 * The package and sheet (by `sheet`, else the sheet Excel opens on, as streamSheetGrid picks it)
 * when every part the copy touches is one the part-by-part writer handles exactly as the
 * whole-workbook path would; else why not. For "change" it scans the sheet's XML in chunks
 * (never whole); for "add-sheet" it asks summaryNotCopyable (summary-copyable.ts).
 */
export async function packageForCopy(bytes: Buffer, sheet: string | undefined, purpose: CopyPurpose): Promise<XlsxPackage | NotCopyable> {
  try {
    const found = await copyablePackage(bytes, sheet, purpose);
    if (!isCopyable(found)) return found;
    // The changed sheet and the others were read whole, and checked, by changeCopyable's scans.
    await verifyEntries(found.zip, purpose === "change" ? new Set(worksheetParts(found)) : undefined);
    return found;
  } catch (error) {
    // A damaged entry (or a part this reader cannot follow): the whole path reads what it can, as before.
    return { fallback: `the package cannot be read part by part (${firstLine(error)})` };
  }
}

async function copyablePackage(bytes: Buffer, sheet: string | undefined, purpose: CopyPurpose): Promise<XlsxPackage | NotCopyable> {
  const base = basePackage(bytes, sheet, purpose);
  if (!isCopyable(base)) return base;
  if (purpose === "add-sheet") return summaryNotCopyable(base) ?? base;
  return changeCopyable(base);
}

function worksheetParts(pkg: XlsxPackage): string[] {
  return relationshipsOf(pkg.zip, pkg.workbookPart).filter((r) => r.kind === "worksheet").map((r) => r.target);
}

export function isCopyable(p: XlsxPackage | NotCopyable): p is XlsxPackage {
  return "zip" in p;
}

/** The workbook's spreadsheet content type; macro-enabled and template workbooks are written as .xlsx only by the whole path. */
const WORKBOOK_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

/**
 * What every copy needs: a package this zip reader reads, nothing in it that the whole path drops
 * and warns about (partsNotKept), no Excel tables (only the whole reader reads them), a plain
 * .xlsx workbook, and the sheet to read among its worksheets.
 */
function basePackage(bytes: Buffer, sheet: string | undefined, purpose: CopyPurpose): XlsxPackage | NotCopyable {
  const zip = openZip(bytes);
  if (!zip) return { fallback: "a zip package this reader does not handle" };
  const lost = partsNotKept(bytes);
  if (lost.length > 0) return { fallback: `parts the whole path does not keep (${lost.join(", ")})` };
  // A summary only minds a table on the sheet it reads (summaryNotCopyable); tables elsewhere stay as they are.
  if (purpose === "change" && zip.entries.some((e) => e.name.startsWith("xl/tables/"))) return { fallback: "Excel tables" };
  const workbookPart = relationshipsOf(zip, "").find((r) => r.kind === "officeDocument" && !r.external)?.target;
  const workbookEntry = workbookPart === undefined ? undefined : findEntry(zip, workbookPart);
  if (!workbookPart || !workbookEntry) return { fallback: "no workbook part" };
  if (contentTypeOf(zip, workbookPart) !== WORKBOOK_TYPE) return { fallback: "not a plain .xlsx workbook (macro-enabled or a template)" };
  const { sheets, activeTab } = workbookSheets(entryText(zip, workbookEntry));
  const wanted = sheet ?? sheets[activeTab]?.name ?? sheets[0]?.name;
  const picked = sheets.find((s) => s.name.toLowerCase() === wanted?.toLowerCase());
  if (!picked) return { fallback: "no such sheet" };
  const rels = relationshipsOf(zip, workbookPart);
  if (sheets.some((s) => rels.find((r) => r.id === s.relId)?.kind !== "worksheet")) return { fallback: "sheets other than worksheets (chart or macro sheets)" };
  // The sheet is read by the streaming reader, by name: it must name every sheet after its own part.
  if (workbookPart !== "xl/workbook.xml" || !streamNamesTrusted(zip)) return { fallback: "sheet targets the streaming reader does not name (not worksheets/sheetN.xml)" };
  const sheetPart = rels.find((r) => r.id === picked.relId)?.target;
  if (!sheetPart || !findEntry(zip, sheetPart)) return { fallback: "the sheet's part is missing" };
  const stylesPart = rels.find((r) => r.kind === "styles" && !r.external)?.target;
  return { zip, sheetName: picked.name, sheetPart, workbookPart, ...(stylesPart && findEntry(zip, stylesPart) ? { stylesPart } : {}) };
}
