/** The printed stocktake report (design.md §26): per category, then what is missing, unknown, scanned twice or not counted. */
import { textIn, type StocktakeResult } from "../core";
import { categoryIn, FINDING_WORDS, notCounted } from "./stocktake-findings";
import { alignColumns, terminalText } from "./terminal-text";

/** How many entries each list shows before "… and N more". */
const LISTED = 50;

export interface StocktakeView {
  where: string;
  result: StocktakeResult;
  excelRow: (row: number) => number;
  locale: string;
  lang: string;
}

export function formatStocktake(v: StocktakeView): string {
  const { result, lang } = v;
  const count = new Intl.NumberFormat(v.locale);
  const t = (id: Parameters<typeof textIn>[1], values?: Parameters<typeof textIn>[2]) => textIn(lang, id, values);
  const expected = result.records.reduce((n, r) => n + r.expected, 0);
  const lines = [t("stocktake-headline", { where: v.where, scans: result.scans.length, counted: expected - result.missingUnits, expected, missing: result.missingUnits }), ""];
  lines.push(...categoryTable(v, count.format));
  const missing = result.records.filter((r) => r.missing > 0);
  lines.push("");
  if (missing.length === 0) lines.push(t("stocktake-nothing-missing"));
  else {
    lines.push(t("stocktake-list-missing", { count: missing.length }));
    const heads = (["row", "name", "code", "expected", "counted", "missing"] as const).map((h) => t(`stocktake-heading-${h}`));
    const rows = missing.slice(0, LISTED).map((r) => [String(v.excelRow(r.row)), terminalText(r.name ?? "", 30), terminalText(r.codes, 40), count.format(r.expected), count.format(r.counted), count.format(r.missing)]);
    lines.push(...indent(alignColumns([heads, ...rows], [true, false, false, true, true, true])), ...andMore(missing.length, t));
  }
  list(lines, t("stocktake-list-unknown", { count: result.unknown.length }), result.unknown.map((code) => terminalText(code, 60)), t);
  list(lines, t("stocktake-list-scanned-twice", { count: result.scannedTwice.length }), result.scannedTwice.map((code) => terminalText(code, 60)), t);
  const others = notCounted(result);
  const rowsOf = (o: (typeof others)[number]) => (o.kind === "on-several-rows" ? o.rows.map(v.excelRow).join(", ") : String(v.excelRow(o.row)));
  list(lines, t("stocktake-list-not-counted", { count: others.length }), others.map((o) => `${terminalText(o.code, 60)}  ${t(FINDING_WORDS[o.kind])} (${t("stocktake-heading-row")} ${rowsOf(o)})`), t);
  const empty = result.scans.filter((s) => s.outcome.kind === "empty").length;
  if (empty > 0) lines.push("", t("stocktake-empty-scans", { count: empty }));
  return lines.join("\n");
}

function categoryTable(v: StocktakeView, n: (x: number) => string): string[] {
  const heads = (["category", "expected", "counted", "missing"] as const).map((h) => textIn(v.lang, `stocktake-heading-${h}`));
  const total = v.result.categories.reduce((s, c) => ({ expected: s.expected + c.expected, counted: s.counted + c.counted, missing: s.missing + c.missing }), { expected: 0, counted: 0, missing: 0 });
  const rows = v.result.categories.map((c) => [terminalText(categoryIn(v.lang, c.category), 40), n(c.expected), n(c.counted), n(c.missing)]);
  const laid = alignColumns([heads, ...rows, [textIn(v.lang, "summary-line-total"), n(total.expected), n(total.counted), n(total.missing)]], [false, true, true, true]);
  const rule = "-".repeat(Math.max(...laid.map((l) => l.length)));
  return [laid[0], rule, ...laid.slice(1, -1), rule, laid[laid.length - 1]];
}

/** Adds a titled list of entries (nothing when it is empty), at most LISTED of them. */
function list(lines: string[], title: string, entries: readonly string[], t: (id: "stocktake-and-more", values: { count: number }) => string): void {
  if (entries.length === 0) return;
  lines.push("", title, ...indent(entries.slice(0, LISTED)), ...andMore(entries.length, t));
}

function andMore(total: number, t: (id: "stocktake-and-more", values: { count: number }) => string): string[] {
  return total > LISTED ? [`  ${t("stocktake-and-more", { count: total - LISTED })}`] : [];
}

function indent(lines: readonly string[]): string[] {
  return lines.map((l) => `  ${l}`);
}
