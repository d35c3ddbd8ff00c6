/**
 * Conditional formats on the model: each sheet keeps a list in priority order (index 0 = top), each
 * format with its rule and the areas it applies to. Entries are never changed in place (a change
 * replaces the sheet's list), so the shallow sheet copy a sync begins with is a full backup.
 */
import type { Rect } from "./a1";
import { areasText, intersectAll, mergeAreas, overlaps, shiftAreas, subtractAll } from "./area-list";
import type { SheetModel, Workbook } from "./model";
import type { ConditionalFormatInfo } from "./types";

export interface CfModel {
  id: string;
  type: "Custom";
  formula: string;
  fill: string | null;
  fontColor: string | null;
  stopIfTrue: boolean;
  rects: Rect[];
}

export const cfList = (sheet: SheetModel): CfModel[] => sheet.cf ?? [];

/** Formats whose areas meet any of `rects`, in priority order (a collection lists those). */
export function cfsMeeting(sheet: SheetModel, rects: readonly Rect[]): CfModel[] {
  return cfList(sheet).filter((cf) => overlaps(cf.rects, rects));
}

/** A new format at the top priority (`ConditionalFormatCollection.add`: "at the first/top priority"). */
export function addCf(wb: Workbook, sheet: SheetModel, rects: readonly Rect[]): CfModel {
  const cf: CfModel = { id: wb.newId("cf"), type: "Custom", formula: "", fill: null, fontColor: null, stopIfTrue: false, rects: rects.map((r) => ({ ...r })) };
  sheet.cf = [cf, ...cfList(sheet)];
  return cf;
}

export function updateCf(sheet: SheetModel, id: string, change: Partial<Omit<CfModel, "id" | "type">>): void {
  sheet.cf = cfList(sheet).map((cf) => (cf.id === id ? { ...cf, ...change } : cf));
}

/**
 * `ConditionalFormat.priority = p`: the format moves to index `p` of the sheet's order, the others
 * close up around it; a negative `p` counts from the back (-1 = last); out of bounds → the nearest end.
 */
export function moveCf(sheet: SheetModel, id: string, priority: number): void {
  const list = cfList(sheet);
  const moving = list.find((cf) => cf.id === id);
  if (!moving) return;
  const rest = list.filter((cf) => cf.id !== id);
  const wanted = Math.trunc(priority) < 0 ? rest.length + 1 + Math.trunc(priority) : Math.trunc(priority);
  const at = Math.max(0, Math.min(rest.length, wanted));
  sheet.cf = [...rest.slice(0, at), moving, ...rest.slice(at)];
}

export function deleteCf(sheet: SheetModel, id: string): void {
  sheet.cf = cfList(sheet).filter((cf) => cf.id !== id);
}

/** Takes `rects` out of every format; a format left with no cells is gone. */
export function clearCfCells(sheet: SheetModel, rects: readonly Rect[]): void {
  if (!sheet.cf?.length) return;
  sheet.cf = sheet.cf.flatMap((cf) => {
    if (!overlaps(cf.rects, rects)) return [cf];
    const left = subtractAll(cf.rects, rects);
    return left.length ? [{ ...cf, rects: left }] : [];
  });
}

/** Rows inserted (delta > 0) or deleted at `at`: areas move, grow or shrink; a format with no cells left is gone. */
export function shiftCfs(sheet: SheetModel, at: Rect, delta: number): void {
  if (!sheet.cf?.length) return;
  sheet.cf = sheet.cf.flatMap((cf) => {
    const rects = shiftAreas(cf.rects, at, delta);
    return rects.length ? [{ ...cf, rects }] : [];
  });
}

/**
 * copyFrom All/Formats: the target cells lose their formats; each format of the source cells is added
 * again (a new format, new id, same rule) on the matching target cells, as pasting formats in Excel
 * duplicates rules. The rule formula is copied unchanged (the host does not shift its references).
 */
export function copyCfs(wb: Workbook, src: { sheet: SheetModel; rect: Rect }, dst: { sheet: SheetModel; target: Rect }): void {
  const sources = cfsMeeting(src.sheet, [src.rect]);
  const tiles: { dr: number; dc: number }[] = [];
  const h = src.rect.r1 - src.rect.r0 + 1, w = src.rect.c1 - src.rect.c0 + 1;
  for (let r = dst.target.r0; r <= dst.target.r1; r += h) for (let c = dst.target.c0; c <= dst.target.c1; c += w) tiles.push({ dr: r - src.rect.r0, dc: c - src.rect.c0 });
  clearCfCells(dst.sheet, [dst.target]);
  const added: CfModel[] = [];
  for (const cf of sources) {
    const inSource = intersectAll(cf.rects, [src.rect]);
    const rects = tiles.flatMap(({ dr, dc }) => inSource.map((r) => ({ r0: r.r0 + dr, r1: r.r1 + dr, c0: r.c0 + dc, c1: r.c1 + dc })));
    added.push({ ...cf, id: wb.newId("cf"), rects: mergeAreas(rects) });
  }
  if (added.length) dst.sheet.cf = [...added, ...cfList(dst.sheet)];
}

export function cfInfo(cf: CfModel): ConditionalFormatInfo {
  return {
    id: cf.id, type: cf.type, formula: cf.formula, fill: cf.fill, fontColor: cf.fontColor, areas: areasText(cf.rects),
    ...(cf.stopIfTrue ? { stopIfTrue: true } : {}),
  };
}

/** Seed form back into the model (ids kept when given). */
export function seedCfs(seed: readonly Partial<ConditionalFormatInfo>[] | undefined, id: () => string, parse: (a: string) => Rect): CfModel[] | undefined {
  if (!seed?.length) return undefined;
  return seed.map((s) => ({
    id: s.id ?? id(), type: "Custom", formula: s.formula ?? "", fill: s.fill ?? null, fontColor: s.fontColor ?? null,
    stopIfTrue: s.stopIfTrue ?? false, rects: (s.areas ?? "").split(",").map((a) => a.trim()).filter(Boolean).map(parse),
  }));
}

/** The single area of a format, or null when it applies to several (`ConditionalFormat.getRangeOrNullObject`). */
export function singleArea(cf: CfModel): Rect | null {
  return cf.rects.length === 1 ? cf.rects[0] : null;
}

