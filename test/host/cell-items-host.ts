/** Seeding, inspection, snapshots and user actions for notes, threaded comments and hyperlinks. */
import type { Rect } from "./a1";
import { HOST_AUTHOR, singleCell, itemsByAddress, itemsOf, seedKey, writableItems, type LinkModel } from "./cell-items";
import { assertWritable } from "./cell-ops";
import type { SheetModel, Workbook } from "./model";
import { putNote } from "./notes";
import { putComment } from "./comments";
import type { SeedSheet, SheetAnnotations } from "./types";

/** Puts a seed sheet's `notes`, `comments` and `hyperlinks` on the model sheet. */
export function seedCellItems(sheet: SheetModel, seed: SeedSheet, newId: (prefix: string) => string): void {
  for (const [address, content] of Object.entries(seed.notes ?? {})) {
    (sheet.notes ??= new Map()).set(seedKey(address), { id: newId("note"), content, author: HOST_AUTHOR });
  }
  for (const [address, given] of Object.entries(seed.comments ?? {})) {
    const { content, replies = [] } = typeof given === "string" ? { content: given } : given;
    (sheet.comments ??= new Map()).set(seedKey(address), { id: newId("comment"), content, author: HOST_AUTHOR, replies: [...replies] });
  }
  for (const [address, link] of Object.entries(seed.hyperlinks ?? {})) (sheet.links ??= new Map()).set(seedKey(address), { ...link });
}

export const notesOf = (sheet: SheetModel): Record<string, string> => itemsByAddress(sheet, "notes", (n) => n.content);
export const commentsOf = (sheet: SheetModel): Record<string, string> => itemsByAddress(sheet, "comments", (c) => c.content);
export const hyperlinksOf = (sheet: SheetModel): Record<string, LinkModel> => itemsByAddress(sheet, "links", (l) => ({ ...l }));

/** The snapshot's part: only kinds the sheet has, so sheets without any compare as before; seedable back. */
export function snapshotItems(sheet: SheetModel): SheetAnnotations {
  const out: SheetAnnotations = {};
  if (itemsOf(sheet, "notes").size) out.notes = notesOf(sheet);
  if (itemsOf(sheet, "comments").size) {
    out.comments = itemsByAddress(sheet, "comments", (c) => (c.replies.length ? { content: c.content, replies: [...c.replies] } : c.content));
  }
  if (itemsOf(sheet, "links").size) out.hyperlinks = hyperlinksOf(sheet);
  return out;
}

/** The user writes, edits (`content`) or deletes (`null`) the note on one cell. */
export function userNote(wb: Workbook, sheet: SheetModel, rect: Rect, content: string | null): void {
  assertWritable(wb, sheet);
  const key = singleCell(rect, "userNote");
  const note = itemsOf(sheet, "notes").get(key);
  if (content === null) writableItems(wb, sheet, "notes").delete(key);
  else if (note) writableItems(wb, sheet, "notes").set(key, { ...note, content });
  else putNote(wb, sheet, key, content, "userNote");
}

/** The user writes, edits (`content`) or deletes (`null`) the threaded comment on one cell. */
export function userComment(wb: Workbook, sheet: SheetModel, rect: Rect, content: string | null): void {
  assertWritable(wb, sheet);
  const key = singleCell(rect, "userComment");
  const comment = itemsOf(sheet, "comments").get(key);
  if (content === null) writableItems(wb, sheet, "comments").delete(key);
  else if (comment) writableItems(wb, sheet, "comments").set(key, { ...comment, content });
  else putComment(wb, sheet, key, content, "userComment");
}
