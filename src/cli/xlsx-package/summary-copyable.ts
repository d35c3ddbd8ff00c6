/** Whether the summary sheet can be added to a package part by part (summary-into-package.ts). */
import { SUMMARY_MARKER } from "../write-summary";
import type { NotCopyable, XlsxPackage } from "./package-types";
import { entryText, findEntry } from "../zip/zip-read";
import { readFacts, relsPartOf } from "./summary-package";
import { TABLE_REL } from "./summary-workbook";
import { stylesNotExtendable } from "./summary-styles";
import { attributesOf, startTags } from "./xml-text";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/**
 * Why adding the summary to this package must take the whole-workbook path (e.g. a summary sheet
 * of ours already there, which a rerun replaces; a styles part this writer cannot extend), or null.
 */
export function summaryNotCopyable(pkg: XlsxPackage): NotCopyable | null {
  const reason = whyNot(pkg);
  return reason === null ? null : { fallback: reason };
}

function whyNot(pkg: XlsxPackage): string | null {
  const facts = readFacts(pkg);
  if (typeof facts === "string") return facts;
  const { workbook, workbookRels, contentTypes, styles } = facts;
  // A rerun replaces our earlier sheet: removing a sheet renumbers the sheets after it.
  if (startTags(workbook, "definedName").some((tag) => attributesOf(tag).get("name") === SUMMARY_MARKER)) return "a summary sheet of ours is already in the workbook";
  for (const [label, text] of [["workbook", workbook], ["workbook relationships", workbookRels], ["content types", contentTypes]] as const) {
    if (/<!--|<!\[CDATA\[/.test(text)) return `the ${label} part holds comments or CDATA`;
  }
  const root = /<workbook(?=[\s>])[^>]*>/.exec(workbook);
  if (!root || attributesOf(root[0]).get("xmlns") !== MAIN || !workbook.includes("</sheets>")) return "the workbook part is not a plain SpreadsheetML workbook";
  if (sheetHasTable(pkg)) return "the inventory sheet holds an Excel table (only the whole-workbook reader reads tables)";
  if (styles === undefined) return "the package has no styles part";
  return stylesNotExtendable(styles);
}

/** Whether the sheet read has a table part (its relationships name one). */
function sheetHasTable(pkg: XlsxPackage): boolean {
  const rels = findEntry(pkg.zip, relsPartOf(pkg.sheetPart));
  return rels !== undefined && startTags(entryText(pkg.zip, rels), "Relationship").some((tag) => attributesOf(tag).get("Type") === TABLE_REL);
}
