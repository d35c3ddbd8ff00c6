/**
 * Whether the rows of a sheet can change part by part with the same result as the whole-workbook
 * path (docs/design.md §16): only when nothing else in the package points at the rows that move,
 * since the whole path would rewrite it (formulas, names, merged cells, validation, …). Checked
 * conservatively; anything not listed as safe keeps the whole path.
 */
import { entryChunks, entryText, findEntry, type ZipSource } from "../zip/zip-read";
import type { NotCopyable, XlsxPackage } from "./package-types";
import { scanChangedSheet, scanOtherSheet } from "./sheet-scan";
import { cellXfsOf } from "./styles-text";
import { relationshipsOf, type Relationship } from "./workbook-parts";

/** What the sheet may link to: nothing anchored to its rows. */
const SAFE_LINKS = new Set(["printerSettings", "image"]);

/** The package with the sheet's last row when the change can be written part by part, else why not. */
export async function changeCopyable(pkg: XlsxPackage): Promise<XlsxPackage | NotCopyable> {
  const { zip } = pkg;
  const stylesEntry = pkg.stylesPart === undefined ? undefined : findEntry(zip, pkg.stylesPart);
  if (!stylesEntry) return { fallback: "no styles part" };
  const styles = entryText(zip, stylesEntry);
  if (/<\w+:styleSheet[\s>]/.test(styles) || cellXfsOf(styles) === null) return { fallback: "a styles part this writer cannot extend" };
  const workbookEntry = findEntry(zip, pkg.workbookPart);
  if (workbookEntry && /<(?:\w+:)?definedName[\s>]/.test(entryText(zip, workbookEntry))) return { fallback: "defined names" };
  if (zip.entries.some((e) => /(^|\/)calcChain\.xml$/.test(e.name))) return { fallback: "a calculation chain" };
  const links = relationshipsOf(zip, pkg.sheetPart);
  const link = links.find((r) => !SAFE_LINKS.has(r.kind) && !isEmptyDrawing(zip, r));
  if (link) return { fallback: `the sheet links to ${link.kind}` };
  const others = relationshipsOf(zip, pkg.workbookPart).filter((r) => r.kind === "worksheet" && r.target !== pkg.sheetPart);
  for (const other of others) {
    const entry = findEntry(zip, other.target);
    if (!entry) return { fallback: `sheet part ${other.target} is missing` };
    const found = await scanOtherSheet(entryChunks(zip, entry), other.target);
    if (found) return found;
  }
  const sheetEntry = findEntry(zip, pkg.sheetPart);
  if (!sheetEntry) return { fallback: "the sheet's part is missing" };
  // Its <drawing> element then points at a drawing with nothing in it, which no row move touches.
  const allowed = new Set(links.some((r) => r.kind === "drawing") ? ["drawing"] : []);
  const scan = await scanChangedSheet(entryChunks(zip, sheetEntry), allowed);
  if ("fallback" in scan) return scan;
  return { ...pkg, lastRow: scan.lastRow };
}

const DRAWING_ANCHOR = /<(?:\w+:)?(?:twoCellAnchor|oneCellAnchor|absoluteAnchor)[\s/>]/;
/** Larger than any drawing with nothing in it: such a part is not read whole to find out. */
const EMPTY_DRAWING_MAX = 64 * 1024;

/** A drawing with nothing drawn (Google Sheets gives every sheet one): no anchors and no parts of its own. */
function isEmptyDrawing(zip: ZipSource, rel: Relationship): boolean {
  if (rel.kind !== "drawing" || rel.external) return false;
  const entry = findEntry(zip, rel.target);
  if (!entry || entry.size > EMPTY_DRAWING_MAX) return false;
  return !DRAWING_ANCHOR.test(entryText(zip, entry)) && relationshipsOf(zip, rel.target).length === 0;
}
