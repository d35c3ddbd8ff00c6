/**
 * A cell's number format read from the package, as exceljs gives `cell.numFmt` of a loaded
 * workbook: the cell's `s` → its cell format's numFmtId → the styles part's code for it, or
 * Excel's built-in code (only those exceljs knows). The sheet is read from its start and only
 * up to the row asked for, so the first data rows of a 150 MB sheet cost a few chunks.
 */
import { StringDecoder } from "node:string_decoder";
import { parseAddress } from "../../core";
import { entryChunks, entryText, findEntry } from "../zip/zip-read";
import type { XlsxPackage } from "./package-input";
import { attributesOf, childElements, sectionOf } from "./summary-xml";

/** Excel's built-in number formats that are not dates or times (ECMA-376 §18.8.30), as exceljs names them. */
const BUILT_IN: Record<number, string> = {
  1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?", 13: "# ??/??",
  37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00 ;(#,##0.00)", 40: "#,##0.00 ;[Red](#,##0.00)", 48: "##0.0E+0", 49: "@",
};

/** The number format of the cell at 1-based `row` and `column`, or undefined (General, no style, no cell). */
export async function packageCellFormat(pkg: XlsxPackage, row: number, column: number): Promise<string | undefined> {
  const style = await cellStyle(pkg, row, column);
  if (style === undefined || pkg.stylesPart === undefined) return undefined;
  const entry = findEntry(pkg.zip, pkg.stylesPart);
  if (!entry) return undefined;
  const styles = entryText(pkg.zip, entry);
  const xf = childElements(sectionOf(styles, "cellXfs")?.inner ?? "", "xf")[style];
  const id = Number(attributesOf(/^<xf[^>]*>/.exec(xf ?? "")?.[0] ?? "").get("numFmtId") ?? 0);
  if (!id) return undefined;
  const custom = childElements(sectionOf(styles, "numFmts")?.inner ?? "", "numFmt").map(attributesOf).find((a) => Number(a.get("numFmtId")) === id);
  return custom?.get("formatCode") ?? BUILT_IN[id];
}

/** The `s` of the cell, read from the sheet's XML up to its row; undefined when it has none. */
async function cellStyle(pkg: XlsxPackage, row: number, column: number): Promise<number | undefined> {
  const entry = findEntry(pkg.zip, pkg.sheetPart);
  if (!entry) return undefined;
  const decoder = new StringDecoder("utf8");
  const at = { row: 0, column: 0 };
  let rest = "";
  for await (const chunk of entryChunks(pkg.zip, entry)) {
    rest += decoder.write(chunk);
    const end = rest.lastIndexOf(">") + 1;
    for (const tag of rest.slice(0, end).match(/<(?:row|c)(?=[\s/>])[^>]*>/g) ?? []) {
      const found = step(tag, at, row, column);
      if (found !== "on") return found;
    }
    rest = rest.slice(end);
  }
  return undefined;
}

/**
 * Moves `at` over one `<row>` or `<c>` start tag (their `r` may be left out: the next row or
 * column then). "on" while the cell is still ahead; else its style, or undefined once passed.
 */
function step(tag: string, at: { row: number; column: number }, row: number, column: number): number | undefined | "on" {
  const attrs = attributesOf(tag);
  const r = attrs.get("r");
  if (tag.startsWith("<row")) {
    at.row = r ? Number(r) : at.row + 1;
    at.column = 0;
    return at.row > row ? undefined : "on";
  }
  at.column = r ? parseAddress(r).column + 1 : at.column + 1;
  if (at.row === row && at.column > column) return undefined;
  if (at.row !== row || at.column !== column) return "on";
  const s = attrs.get("s");
  return s === undefined ? undefined : Number(s);
}
