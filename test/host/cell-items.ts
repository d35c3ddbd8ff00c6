/**
 * Things attached to one cell — notes, threaded comments, hyperlinks — kept per sheet in a map
 * from cell key to an immutable item. A sync copies a sheet's map before its first change
 * (Workbook.ownPart), so a failed sync restores the old map with the rest of the workbook.
 */
import { formatRect, MAX_COLS, MAX_ROWS, parseRect, type Rect } from "./a1";
import { ErrorCode, officeError } from "./errors";
import type { SheetModel, Workbook } from "./model";

export interface NoteModel { id: string; content: string; author: string }
export interface CommentModel { id: string; content: string; author: string; replies: string[] }
export interface LinkModel { address?: string; documentReference?: string; screenTip?: string; textToDisplay?: string }

export type ItemKind = "notes" | "comments" | "links";
export type ItemOf<K extends ItemKind> = K extends "notes" ? NoteModel : K extends "comments" ? CommentModel : LinkModel;

/** Default author of notes and comments: the user Excel runs as. */
export const HOST_AUTHOR = "Test User";

export const cellKey = (r: number, c: number): number => r * MAX_COLS + c;
export const keyRow = (key: number): number => Math.floor(key / MAX_COLS);
export const keyCol = (key: number): number => key % MAX_COLS;
export const keyAddress = (key: number): string => formatRect({ r0: keyRow(key), r1: keyRow(key), c0: keyCol(key), c1: keyCol(key) });

/** The sheet's items of one kind (empty map when it has none). */
export function itemsOf<K extends ItemKind>(sheet: SheetModel, kind: K): ReadonlyMap<number, ItemOf<K>> {
  return (sheet[kind] as Map<number, ItemOf<K>> | undefined) ?? new Map();
}

/** The map to change in this sync: the sheet's own, or a copy made once per sync. */
export function writableItems<K extends ItemKind>(wb: Workbook, sheet: SheetModel, kind: K): Map<number, ItemOf<K>> {
  const current = sheet[kind] as Map<number, ItemOf<K>> | undefined;
  const own = wb.ownPart(current, (m) => new Map(m ?? []));
  (sheet as unknown as Record<ItemKind, unknown>)[kind] = own;
  return own;
}

/** A single cell's key from a rectangle, or InvalidArgument naming `api`. */
export function singleCell(rect: Rect, api: string): number {
  if (rect.r0 !== rect.r1 || rect.c0 !== rect.c1) {
    throw officeError(ErrorCode.invalidArgument, `${api} needs a single cell (got ${formatRect(rect)}).`, api);
  }
  return cellKey(rect.r0, rect.c0);
}

/** Where an item with `id` is now: `hint` first (the key it was last seen at), else a scan. */
export function findById<K extends ItemKind>(sheets: readonly SheetModel[], kind: K, id: string, hint?: { sheetId: string; key: number }):
  { sheet: SheetModel; key: number; item: ItemOf<K> } | null {
  if (hint) {
    const sheet = sheets.find((s) => s.id === hint.sheetId);
    const item = sheet && itemsOf(sheet, kind).get(hint.key);
    if (sheet && item && (item as { id?: string }).id === id) return { sheet, key: hint.key, item };
  }
  for (const sheet of sheets) {
    for (const [key, item] of itemsOf(sheet, kind)) if ((item as { id?: string }).id === id) return { sheet, key, item };
  }
  return null;
}

/** Items of the sheets in order: by sheet, then row, then column. */
export function orderedItems<K extends ItemKind>(sheets: readonly SheetModel[], kind: K): { sheet: SheetModel; key: number; item: ItemOf<K> }[] {
  return sheets.flatMap((sheet) => [...itemsOf(sheet, kind)].sort((a, b) => a[0] - b[0]).map(([key, item]) => ({ sheet, key, item })));
}

const KINDS: ItemKind[] = ["notes", "comments", "links"];

/** Rows inserted (delta > 0) or deleted (delta < 0) at `at`: items below move, items in deleted cells go. */
export function shiftCellItems(wb: Workbook, sheet: SheetModel, at: Rect, delta: number): void {
  for (const kind of KINDS) {
    const current = sheet[kind];
    if (!current?.size) continue;
    const next = new Map<number, unknown>();
    for (const [key, item] of current as Map<number, unknown>) {
      const r = keyRow(key), c = keyCol(key);
      const inCols = c >= at.c0 && c <= at.c1;
      if (!inCols || r < at.r0) next.set(key, item);
      else if (delta > 0) { if (r + delta < MAX_ROWS) next.set(cellKey(r + delta, c), item); }
      else if (r > at.r1) next.set(cellKey(r + delta, c), item);
    }
    wb.ownPart(undefined, () => next); // the new map belongs to this sync
    (sheet as unknown as Record<ItemKind, unknown>)[kind] = next;
  }
}

/** Removes the items of `kinds` from the cells of `rect`. */
export function clearCellItems(wb: Workbook, sheet: SheetModel, rect: Rect, kinds: readonly ItemKind[]): void {
  for (const kind of kinds) {
    if (!sheet[kind]?.size) continue;
    const items = writableItems(wb, sheet, kind);
    for (const key of [...items.keys()]) {
      if (inRect(key, rect)) items.delete(key);
    }
  }
}

/** Address → item for inspection and snapshots. */
export function itemsByAddress<K extends ItemKind, T>(sheet: SheetModel, kind: K, pick: (item: ItemOf<K>) => T): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [key, item] of [...itemsOf(sheet, kind)].sort((a, b) => a[0] - b[0])) out[keyAddress(key)] = pick(item);
  return out;
}

/** Key of a seed address such as "C5". */
export function seedKey(address: string): number {
  const rect = parseRect(address);
  return singleCell(rect, "seed");
}

/**
 * `copyFrom(..., "All")`: the target's notes, comments and hyperlinks are replaced by the source's,
 * tiled as the cells are; copied notes and comments get new ids.
 */
export function copyCellItems(wb: Workbook, src: { sheet: SheetModel; rect: Rect }, dst: { sheet: SheetModel; rect: Rect }): void {
  const sr = src.rect.r1 - src.rect.r0 + 1, sc = src.rect.c1 - src.rect.c0 + 1;
  const found = KINDS.map((kind) => [...itemsOf(src.sheet, kind)].filter(([key]) => inRect(key, src.rect)));
  clearCellItems(wb, dst.sheet, dst.rect, KINDS);
  KINDS.forEach((kind, i) => {
    if (!found[i].length) return;
    const items = writableItems(wb, dst.sheet, kind) as Map<number, unknown>;
    for (let r = dst.rect.r0; r <= dst.rect.r1; r += sr) {
      for (let c = dst.rect.c0; c <= dst.rect.c1; c += sc) {
        for (const [key, item] of found[i]) {
          const copy = kind === "links" ? { ...item } : { ...item, id: wb.newId(kind === "notes" ? "note" : "comment") };
          items.set(cellKey(r + keyRow(key) - src.rect.r0, c + keyCol(key) - src.rect.c0), copy);
        }
      }
    }
  });
}

function inRect(key: number, rect: Rect): boolean {
  const r = keyRow(key), c = keyCol(key);
  return r >= rect.r0 && r <= rect.r1 && c >= rect.c0 && c <= rect.c1;
}

/** `Range.clear(applyTo)`: "All" takes notes, comments and hyperlinks too; the two hyperlink kinds take hyperlinks. */
export function clearItemsFor(wb: Workbook, sheet: SheetModel, rect: Rect, applyTo: string): void {
  if (applyTo === "All") clearCellItems(wb, sheet, rect, KINDS);
  else if (applyTo === "Hyperlinks" || applyTo === "RemoveHyperlinks") clearCellItems(wb, sheet, rect, ["links"]);
}
