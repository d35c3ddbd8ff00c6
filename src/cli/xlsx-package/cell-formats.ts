/**
 * The number formats of some cells of a package's sheet, as exceljs gives them (`cell.numFmt`):
 * for `fix`, which refuses to write a numeric code as text when its format shows other digits,
 * without the workbook model. One scan of the sheet's XML, keeping only the cells asked for.
 */
import { StringDecoder } from "node:string_decoder";
import { BUILT_IN_FORMATS } from "./built-in-formats";
import { entryChunks, entryText, findEntry } from "../zip/zip-read";
import type { LoadedInput } from "../read-input";
import type { XlsxPackage } from "./package-input";
import { cellXfsOf } from "./styles-text";
import { attrOf, columnOfRef, startTags } from "./xml-text";

/** The number format of each of `cells` (1-based) of an .xlsx input: from its workbook when loaded, else from its package. */
export async function inputCellFormats(input: LoadedInput, cells: readonly { row: number; column: number }[]): Promise<(row: number, column: number) => string | undefined> {
  const sheet = input.worksheet;
  if (sheet) return (row, column) => sheet.getRow(row).getCell(column).numFmt;
  return input.package ? cellFormats(input.package, cells) : () => undefined;
}

/** The format of cell (row, column) (1-based), for the cells asked; undefined for General and for cells not asked. */
export async function cellFormats(pkg: XlsxPackage, cells: readonly { row: number; column: number }[]): Promise<(row: number, column: number) => string | undefined> {
  const wanted = new Map<number, Set<number>>();
  for (const { row, column } of cells) wanted.set(row, (wanted.get(row) ?? new Set()).add(column));
  const styleOf = new Map<string, string>();
  if (wanted.size > 0) await eachWantedCell(pkg, wanted, (key, s) => styleOf.set(key, s));
  const formatOf = styleFormats(pkg);
  return (row, column) => {
    const s = styleOf.get(`${row}:${column}`);
    return s === undefined ? undefined : formatOf(s);
  };
}

const ROW = /<row\b[^>]*?\sr\s*=\s*(["'])(\d+)\1[^>]*?(?:\/>|>([\s\S]*?)<\/row>)/g;
const CELL_TAG = /<c\b[^>]*>/g;

async function eachWantedCell(pkg: XlsxPackage, wanted: Map<number, Set<number>>, found: (key: string, s: string) => void): Promise<void> {
  const entry = findEntry(pkg.zip, pkg.sheetPart);
  if (!entry) return;
  const decoder = new StringDecoder("utf8");
  // Rows lie in order: the scan ends past the last row asked for (the summary asks for one near the top).
  let last = 0;
  for (const row of wanted.keys()) last = Math.max(last, row);
  let carry = "";
  for await (const chunk of entryChunks(pkg.zip, entry)) {
    const text = carry + decoder.write(chunk);
    // Rows with cells end with </row>: the text up to the last one holds whole rows only.
    const end = text.lastIndexOf("</row>");
    const cut = end < 0 ? 0 : end + "</row>".length;
    carry = text.slice(cut);
    for (const [, , r, body] of text.slice(0, cut).matchAll(ROW)) {
      if (Number(r) > last) return;
      const columns = wanted.get(Number(r));
      if (!columns || body === undefined) continue;
      for (const [tag] of body.matchAll(CELL_TAG)) {
        const column = columnOfRef(attrOf(tag, "r") ?? "");
        const s = attrOf(tag, "s");
        if (columns.has(column) && s !== undefined) found(`${r}:${column}`, s);
      }
    }
  }
}

/** What exceljs makes of a style's number format: none for id 0, the workbook's own code, else the built-in one. */
function styleFormats(pkg: XlsxPackage): (s: string) => string | undefined {
  const entry = pkg.stylesPart === undefined ? undefined : findEntry(pkg.zip, pkg.stylesPart);
  const xml = entry ? entryText(pkg.zip, entry) : "";
  const xfs = cellXfsOf(xml) ?? [];
  const own = new Map(startTags(xml, "numFmt").map((tag) => [attrOf(tag, "numFmtId") ?? "", attrOf(tag, "formatCode") ?? ""]));
  return (s) => {
    const xf = xfs[Number(s)];
    const id = xf === undefined ? undefined : attrOf(xf.slice(0, xf.indexOf(">") + 1), "numFmtId");
    if (id === undefined || Number(id) === 0) return undefined;
    return own.get(id) ?? BUILT_IN_FORMATS[Number(id)];
  };
}
