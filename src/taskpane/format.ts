/**
 * Number, date and cell formatting for the pane, in the workbook's number culture
 * (`settings.locale`, which follows Excel's culture): a Finnish workbook shows `1 234,50`.
 * The words around the numbers are the pane language's (i18n/); the numbers are the workbook's.
 */
import { createContext, useContext, useMemo } from "react";
import type { CellValue } from "../core";

const NumberLocale = createContext("en-US");

/** Gives the panels the workbook's number culture (a BCP 47 tag such as `fi-FI`). */
export const NumberLocaleProvider = NumberLocale.Provider;

/** The workbook's number culture (`en-US` outside a provider). */
export function useNumberLocale(): string {
  return useContext(NumberLocale);
}

const formats = new Map<string, Intl.NumberFormat>();

function formatOf(locale: string, decimals?: number): Intl.NumberFormat {
  const key = `${locale}/${decimals ?? "count"}`;
  let format = formats.get(key);
  if (!format) {
    const options = decimals === undefined ? { maximumFractionDigits: 0 } : { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
    formats.set(key, (format = new Intl.NumberFormat(locale, options)));
  }
  return format;
}

/** `12345` → `12,345` (en-US), `12 345` (fi-FI). */
export function formatCount(value: number, locale = "en-US"): string {
  return formatOf(locale).format(value);
}

/** Money in major units with the currency's decimals: `1234.5` → `1,234.50` (en-US), `1.234,50` (de-DE). */
export function formatMoney(value: number, decimals: number, locale = "en-US"): string {
  return formatOf(locale, decimals).format(value);
}

/** The formatters in the workbook's number culture. */
export function useFormat() {
  const locale = useNumberLocale();
  return useMemo(
    () => ({
      locale,
      count: (value: number) => formatCount(value, locale),
      money: (value: number, decimals: number) => formatMoney(value, decimals, locale),
    }),
    [locale],
  );
}

/** A cell value as the text the user typed or Excel shows; always plain text, never markup. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}
