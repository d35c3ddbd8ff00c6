/** Number and cell formatting for the pane (en-US grouping, like Excel's default display). */
import type { CellValue } from "../core";

const integers = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

/** `12345` → `12,345`. */
export function formatCount(value: number): string {
  return integers.format(value);
}

/** Money in major units with the currency's decimals: `1234.5` → `1,234.50`. */
export function formatMoney(value: number, decimals: number): string {
  return new Intl.NumberFormat("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

/** The noun for `count` things: "row" for 1, "rows" otherwise (for a count shown apart, e.g. in bold). */
export function noun(count: number, one: string, many = `${one}s`): string {
  return count === 1 ? one : many;
}

/** "1 row" / "3 rows". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${noun(count, one, many)}`;
}

/** A cell value as the text the user typed or Excel shows; always plain text, never markup. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}
