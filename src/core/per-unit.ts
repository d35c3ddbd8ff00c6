/**
 * Per-unit amounts (issue 13, design.md §17): a list price, a unit cost or a rental rate is the
 * amount of one unit, not a total of the row. Serialize copies it to every unit instead of
 * splitting it; aggregate merges only rows that agree on it (it is not summed); the summary shows
 * it as stock value = Σ amount × units.
 */
import type { Grid, TableInfo } from "./types";
import type { Settings } from "./settings";
import { columnsNamed } from "./columns";
import { aliasKey } from "./header-lookup";
import { codeTextOf } from "./codes";
import { parseNumberText, toMinor } from "./money";

/**
 * The purchase headers of every catalogue language that name a *price* (src/core/locales): the
 * price of one unit, as "Purchase price" is in English. Purchase costs and values stay the value
 * of the row's units.
 */
export const PURCHASE_PRICE_HEADERS: readonly string[] = [
  "Purchase price", "Hankintahinta", "Ostohinta", "Inköpspris", "Innkjøpspris", "Indkøbspris", "Købspris", "Anskaffelsespris",
  "Einkaufspreis", "Anschaffungspreis", "Kaufpreis", "Aankoopprijs", "Inkoopprijs", "Aanschafprijs", "Prix d'achat",
  "Precio de compra", "Prezzo d'acquisto", "Prezzo di acquisto", "Preço de compra", "Cena zakupu",
];

/** Headers read as per-unit amounts when `settings.perUnitColumns` is absent (compared as header aliases are). */
export const PER_UNIT_HEADERS: readonly string[] = [
  "Unit price", "Price per unit", "Unit cost", "Cost per unit", "List price", "Selling price", "Sale price", "Sales price",
  ...PURCHASE_PRICE_HEADERS, "Cost price", "Price", "Rate", "Rental rate", "Daily rate", "Day rate",
];

const detected = new Set(PER_UNIT_HEADERS.map(aliasKey));

/** Grid columns of the table's per-unit amounts, ascending (never quantity or codes). */
export function perUnitColumnsOf(table: TableInfo, settings: Settings): number[] {
  const headers = table.headers ?? [];
  const named = settings.perUnitColumns;
  const cols = named !== undefined ? columnsNamed(headers, named) : headers.flatMap((h, c) => (detected.has(aliasKey(h)) ? [c] : []));
  return cols.filter((c) => c !== table.columns.quantity && c !== table.columns.codes);
}

/**
 * A per-unit cell in minor units: a number, or number text in the settings' locale; NaN for
 * anything else (the stock value is then unknown, never a guess). Empty is 0.
 */
export function perUnitMinor(values: Grid, row: number, column: number, settings: Settings): number {
  const v = values[row][column];
  if (typeof v === "number") return Number.isFinite(v) ? toMinor(v, settings.currencyDecimals) : NaN;
  const text = codeTextOf(v).trim();
  if (text === "") return 0;
  if (typeof v !== "string") return NaN;
  const parsed = parseNumberText(text, settings.locale);
  return parsed ? toMinor(parsed.value, settings.currencyDecimals) : NaN;
}
