/**
 * Rectangle lists for what Excel stores as "applies to" areas (conditional formats, data validation):
 * subtracting cells, shifting with inserted/deleted rows, and the `"B5:B9, D7"` form tests compare.
 */
import { formatRect, intersect, type Rect } from "./a1";
import { shiftRect } from "./row-ops";

/** The cells of `a` outside `b`, as at most four rectangles (above, below, left, right). */
export function subtractRect(a: Rect, b: Rect): Rect[] {
  const hit = intersect(a, b);
  if (!hit) return [a];
  const out: Rect[] = [];
  if (a.r0 < hit.r0) out.push({ ...a, r1: hit.r0 - 1 });
  if (hit.r1 < a.r1) out.push({ ...a, r0: hit.r1 + 1 });
  if (a.c0 < hit.c0) out.push({ r0: hit.r0, r1: hit.r1, c0: a.c0, c1: hit.c0 - 1 });
  if (hit.c1 < a.c1) out.push({ r0: hit.r0, r1: hit.r1, c0: hit.c1 + 1, c1: a.c1 });
  return out;
}

/** `rects` without any cell of `cut`. */
export function subtractAll(rects: readonly Rect[], cut: readonly Rect[]): Rect[] {
  let out = rects.slice();
  for (const c of cut) out = out.flatMap((r) => subtractRect(r, c));
  return out;
}

/** The parts of `rects` inside `within`. */
export function intersectAll(rects: readonly Rect[], within: readonly Rect[]): Rect[] {
  const out: Rect[] = [];
  for (const r of rects) for (const w of within) {
    const hit = intersect(r, w);
    if (hit) out.push(hit);
  }
  return out;
}

export function overlaps(rects: readonly Rect[], other: readonly Rect[]): boolean {
  return rects.some((r) => other.some((o) => intersect(r, o) !== null));
}

/** Areas after rows were inserted (delta > 0) or deleted at `at`; deleted cells leave, rows inserted inside join. */
export function shiftAreas(rects: readonly Rect[], at: Rect, delta: number): Rect[] {
  const out: Rect[] = [];
  for (const r of rects) {
    const next = shiftRect(r, at, delta);
    if (next) out.push(next);
  }
  return out;
}

/** Joins rectangles that touch along a whole edge (A7 and A8 → A7:A8), as tiles of a copy do. */
export function mergeAreas(rects: readonly Rect[]): Rect[] {
  const out = sortAreas(rects);
  for (let i = 0; i < out.length; i++) {
    for (let j = i + 1; j < out.length; j++) {
      const a = out[i], b = out[j];
      const below = a.c0 === b.c0 && a.c1 === b.c1 && b.r0 === a.r1 + 1;
      const beside = a.r0 === b.r0 && a.r1 === b.r1 && b.c0 === a.c1 + 1;
      if (!below && !beside) continue;
      out[i] = { r0: a.r0, c0: a.c0, r1: Math.max(a.r1, b.r1), c1: Math.max(a.c1, b.c1) };
      out.splice(j, 1);
      j = i;
    }
  }
  return out;
}

/** `"B5:B9, D7"`: the areas in reading order (row, then column). */
export function areasText(rects: readonly Rect[]): string {
  return sortAreas(rects).map(formatRect).join(", ");
}

export function sortAreas(rects: readonly Rect[]): Rect[] {
  return rects.slice().sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0);
}
