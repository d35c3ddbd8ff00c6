/**
 * What adding the summary sheet needs to know about the input package, read from its small parts:
 * the sheets and tables already there (so the new sheet and table names are free, as the whole
 * path picks them), the ids and part names in use, and the parts the copy rewrites.
 */
import path from "node:path/posix";
import { entryText, findEntry, type ZipSource } from "../zip/zip-read";
import type { XlsxPackage } from "./package-types";
import { attributesOf, startTags } from "./xml-text";

export const CONTENT_TYPES = "[Content_Types].xml";
export const TABLE_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";
export const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

export interface PackageFacts {
  workbook: string;
  workbookRelsPart: string;
  workbookRels: string;
  contentTypes: string;
  styles?: string;
  /** The sheets' names in workbook order. */
  sheetNames: string[];
  /** The names (and display names) of every table in the package. */
  tableNames: string[];
  maxTableId: number;
  maxSheetId: number;
  /**
   * Every entry's name and every content-type override's part name (a stale one may name a part
   * that is gone), lower case without the leading `/` (part names are compared without case).
   */
  partNames: Set<string>;
  date1904: boolean;
}

/** The relationships part of `part` (`xl/_rels/workbook.xml.rels` for `xl/workbook.xml`). */
export function relsPartOf(part: string): string {
  return path.join(path.dirname(part), "_rels", `${path.basename(part)}.rels`);
}

/** The package's facts, or why a part they come from is missing. */
export function readFacts(pkg: XlsxPackage): PackageFacts | string {
  const { zip } = pkg;
  const workbookRelsPart = relsPartOf(pkg.workbookPart);
  const [workbook, workbookRels, contentTypes] = [pkg.workbookPart, workbookRelsPart, CONTENT_TYPES].map((name) => textOf(zip, name));
  if (workbook === undefined) return `the package has no ${pkg.workbookPart}`;
  if (workbookRels === undefined) return `the package has no ${workbookRelsPart}`;
  if (contentTypes === undefined) return `the package has no ${CONTENT_TYPES}`;
  const sheets = startTags(workbook, "sheet").map(attributesOf);
  const tables = overridesOf(contentTypes, TABLE_TYPE).map((part) => attributesOf(startTags(textOf(zip, part) ?? "", "table")[0] ?? ""));
  const workbookPr = attributesOf(startTags(workbook, "workbookPr")[0] ?? "");
  return {
    workbook, workbookRelsPart, workbookRels, contentTypes,
    styles: pkg.stylesPart === undefined ? undefined : textOf(zip, pkg.stylesPart),
    sheetNames: sheets.map((a) => a.get("name") ?? ""),
    tableNames: tables.flatMap((a) => [a.get("name"), a.get("displayName")]).filter((n): n is string => n !== undefined),
    maxTableId: Math.max(0, ...tables.map((a) => Number(a.get("id")) || 0)),
    maxSheetId: Math.max(0, ...sheets.map((a) => Number(a.get("sheetId")) || 0)),
    partNames: new Set([...zip.entries.map((e) => e.name), ...overriddenParts(contentTypes)].map((name) => name.toLowerCase())),
    date1904: ["1", "true"].includes(workbookPr.get("date1904") ?? ""),
  };
}

/** The part names (without the leading `/`) the content types give `type`. */
export function overridesOf(contentTypes: string, type: string): string[] {
  return startTags(contentTypes, "Override")
    .map(attributesOf)
    .filter((a) => a.get("ContentType") === type)
    .map((a) => (a.get("PartName") ?? "").replace(/^\//, ""));
}

function overriddenParts(contentTypes: string): string[] {
  return startTags(contentTypes, "Override").map((tag) => (attributesOf(tag).get("PartName") ?? "").replace(/^\//, ""));
}

function textOf(zip: ZipSource, name: string): string | undefined {
  const entry = findEntry(zip, name) ?? zip.entries.find((e) => e.name.toLowerCase() === name.toLowerCase());
  return entry ? entryText(zip, entry) : undefined;
}
