/**
 * Money in integer minor units (cents when the currency has 2 decimals).
 *
 * Decision (decimals of a number): Excel holds 15 significant digits, so binary
 * noise left by formulas (`0.1 + 0.2` = `0.30000000000000004`) is not extra
 * precision. A number has at most `d` decimals when `n × 10^d` lies within a
 * relative 1e-14 (between Excel's 15th and 16th significant digit) of a whole
 * number. `10.005` therefore has 3 decimals; `0.30000000000000004` has 1.
 * Text such as `"120.50"` is exact decimal text: its decimals are counted from
 * the digits themselves.
 *
 * Decision (size): minor units are exact integers only up to 2^53 − 1
 * (`Number.MAX_SAFE_INTEGER`, 90,071,992,547,409.91 at 2 decimals). A larger
 * amount cannot be split or summed to the cent, so it is refused rather than
 * silently rounded (see `isExactMinor`).
 */
import type { CellValue } from "./types";
import { parseNumberText, type NumberText } from "./number-text";

export { parseNumberText, type NumberText };

/** An amount in minor units (cents when the currency has 2 decimals). */
export type Minor = number;

const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);

/** `10^d` for 0 ≤ d ≤ 22. */
export function pow10(d: number): number {
  return POW10[d] ?? 10 ** d;
}

const RELATIVE_NOISE = 1e-14;
/** About 4.5 units in the last place: the error of one `n × 10^scale` (see `toMinor`). */
const HALF_NOISE = 1e-15;

function nearInteger(x: number): boolean {
  return Math.abs(x - Math.round(x)) <= Math.max(1, Math.abs(x)) * RELATIVE_NOISE;
}

/** Decimals a number really has, ignoring binary noise beyond Excel's 15 digits (at most 20). */
export function decimalsOf(n: number): number {
  if (!Number.isFinite(n)) return 0;
  for (let d = 0; d <= 20; d++) if (nearInteger(n * pow10(d))) return d;
  return 20;
}

/** Whether `n` fits `decimals` decimals (noise tolerated as in `decimalsOf`). Fast: one multiply. */
export function fitsDecimals(n: number, decimals: number): boolean {
  return nearInteger(n * pow10(decimals));
}

/**
 * `n` in units of `10^-scale`, rounded half away from zero (Excel's ROUND), with
 * noise tolerated: `toMinor(0.29, 2)` is `29`, `toMinor(10.005, 2)` is `1001`.
 */
export function toMinor(n: number, scale: number): Minor {
  const x = n * pow10(scale);
  const r = Math.round(x);
  if (Math.abs(x - r) <= Math.max(1, Math.abs(x)) * RELATIVE_NOISE) return r === 0 ? 0 : r;
  // Not whole: maybe a half that binary made slightly smaller (10.005 → 1000.4999…).
  // That error is a few units in the last place of `x`, so the half test is 10× tighter
  // than "whole": with 1e-14, 123456789012.344 (15 digits, x = …234.4) counted as a half.
  const t = Math.trunc(x);
  const frac = Math.abs(x - t);
  const half = Math.abs(frac - 0.5) <= Math.max(1, Math.abs(x)) * HALF_NOISE;
  return half || frac > 0.5 ? t + Math.sign(x) : t;
}

/** Whether `minor` is a whole number of minor units that arithmetic keeps exact (|minor| ≤ 2^53 − 1). */
export function isExactMinor(minor: Minor): boolean {
  return Number.isSafeInteger(minor);
}

/**
 * The largest amount kept exact at `scale` decimals, as its digits before and after the
 * decimal point (the catalogue puts them into words: `90,071,992,547,409.91`).
 *
 * @example largestExactAmount(2) // { whole: 90071992547409, fraction: "91" }
 */
export function largestExactAmount(scale: number): { whole: number; fraction: string } {
  const digits = String(Number.MAX_SAFE_INTEGER);
  return { whole: Number(digits.slice(0, digits.length - scale)), fraction: digits.slice(digits.length - scale) };
}

/** Minor units back to a major-unit number (`1234, 2` → `12.34`), correctly rounded. */
export function fromMinor(minor: Minor, scale: number): number {
  const v = minor / pow10(scale);
  return v === 0 ? 0 : v;
}

/**
 * Splits `total` into `parts` amounts that differ by at most one minor unit and
 * add up exactly to `total`; the first amounts take the leftovers.
 *
 * @example splitEvenly(1000, 3) // [334, 333, 333]
 */
export function splitEvenly(total: Minor, parts: number): Minor[] {
  const base = Math.trunc(total / parts);
  let left = total - base * parts;
  const step = Math.sign(left);
  const out = new Array<number>(parts);
  for (let i = 0; i < parts; i++) {
    if (left === 0) out[i] = base;
    else {
      left -= step;
      out[i] = base + step;
    }
  }
  return out;
}

/**
 * A money cell as a number and its decimals, or null when it holds no number. Empty is 0.
 * Text is read in `locale` (default en-US); numbers never touch locale code.
 */
export function moneyValue(value: CellValue, locale?: string): NumberText | null {
  if (typeof value === "number") return Number.isFinite(value) ? { value, decimals: decimalsOf(value) } : null;
  if (value === "" || value === null || value === undefined) return { value: 0, decimals: 0 };
  if (typeof value === "string") return parseNumberText(value, locale);
  return null;
}

/**
 * Exact sum of money cells at the finest scale among them (at least `minScale`),
 * or null when an amount or the sum is too large to add up exactly (see `isExactMinor`).
 */
export function sumExactly(values: readonly NumberText[], minScale: number): number | null {
  let scale = minScale;
  for (const v of values) scale = Math.max(scale, Math.min(v.decimals, 15));
  let total = 0;
  for (const v of values) {
    const minor = toMinor(v.value, scale);
    if (!isExactMinor(minor)) return null;
    total += minor;
  }
  return isExactMinor(total) ? fromMinor(total, scale) : null;
}
