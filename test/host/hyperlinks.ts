/** `Range.hyperlink` (ExcelApi 1.7): read from the top-left cell, set on every cell of the range. */
import { formatRect, type Rect } from "./a1";
import { assertWritable } from "./cell-ops";
import { cellKey, itemsOf, writableItems, type LinkModel } from "./cell-items";
import type { SyncTx } from "./context";
import { ErrorCode, officeError } from "./errors";
import type { SheetModel } from "./model";

const FIELDS = ["address", "documentReference", "screenTip", "textToDisplay"] as const;

/** The top-left cell's hyperlink, or null when it has none (Microsoft does not say what Excel returns then). */
export function readHyperlink(sheet: SheetModel, rect: Rect): LinkModel | null {
  const link = itemsOf(sheet, "links").get(cellKey(rect.r0, rect.c0));
  return link ? { ...link } : null;
}

/**
 * Puts the link on every cell of the range; `textToDisplay` becomes the top-left cell's value, as text
 * ("the string that is displayed in the top left most cell in the range").
 */
export function writeHyperlink(tx: SyncTx, sheet: SheetModel, rect: Rect, given: unknown): void {
  const wb = tx.ctx.host.wb;
  assertWritable(wb, sheet);
  const link = checkLink(given);
  const links = writableItems(wb, sheet, "links");
  for (let r = rect.r0; r <= rect.r1; r++) for (let c = rect.c0; c <= rect.c1; c++) links.set(cellKey(r, c), { ...link });
  if (link.textToDisplay === undefined) return;
  const row = wb.writableRow(sheet, rect.r0);
  row.v[rect.c0] = link.textToDisplay;
  if (row.f) row.f[rect.c0] = undefined;
  tx.changes.push({ sheetId: sheet.id, address: formatRect({ ...rect, r1: rect.r0, c1: rect.c0 }), changeType: "RangeEdited" });
}

/** A link needs a target: `address` (a URL) or `documentReference` ("Sheet1!A1"); every field is a string. */
function checkLink(given: unknown): LinkModel {
  if (!given || typeof given !== "object") throw officeError(ErrorCode.invalidArgument, "A hyperlink is an object (Excel.RangeHyperlink).", "Range.hyperlink");
  const link: LinkModel = {};
  for (const field of FIELDS) {
    const value = (given as Record<string, unknown>)[field];
    if (value === undefined) continue;
    if (typeof value !== "string") throw officeError(ErrorCode.invalidArgument, `Range.hyperlink.${field} must be a string.`, "Range.hyperlink");
    link[field] = value;
  }
  if (!link.address && !link.documentReference) {
    throw officeError(ErrorCode.invalidArgument, "A hyperlink needs an address or a documentReference.", "Range.hyperlink");
  }
  return link;
}
