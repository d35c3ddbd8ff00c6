/** Shared set-up for the marks tests: a small inventory with an error, a warning and a clean row. */
import type { CellValue } from "../../src/core";
import type { SeedSheet, WorkbookSnapshot } from "../host";
import { HEADERS, textFormats } from "./helpers";

/** Row 3: quantity 2.5 (error at C3); rows 4 and 5 share code C4 (duplicate: D4, D5); row 2 clean. */
export const MARKED_STOCK: CellValue[][] = [
  HEADERS,
  ["Ski", "Skis", 1, "C1", 10, 2, ""],
  ["Pole", "Poles", 2.5, "C2", 10, 2, ""],
  ["Helmet", "Helmets", 1, "C4", 10, 2, ""],
  ["Boot", "Boots", 1, "C4", 10, 2, ""],
];

export function stockSheet(values: CellValue[][] = MARKED_STOCK, extra: Partial<SeedSheet> = {}): SeedSheet {
  return { name: "Stock", values: values.map((r) => [...r]), formats: textFormats(values, [3]), ...extra };
}

/** The cells a host's conditional formats of ours cover, by formula. */
export function ourAreas(formats: { formula: string; areas: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of formats) {
    if (!f.formula.includes("InventoryRows:")) continue;
    const key = f.formula.includes(":error") ? "error" : "warning";
    out[key] = out[key] ? `${out[key]}, ${f.areas}` : f.areas;
  }
  return out;
}

/** A snapshot without conditional-format ids: Excel gives a re-added format a new id, which no user sees. */
export function withoutFormatIds(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  return {
    ...snapshot,
    sheets: snapshot.sheets.map((sheet) => ({
      ...sheet,
      ...(sheet.conditionalFormats ? { conditionalFormats: sheet.conditionalFormats.map(({ id: _id, ...rest }) => ({ ...rest, id: "" })) } : {}),
    })),
  };
}

/** `"C3, D4:D5"` → `["C3", "D4", "D5"]` (one column per area, as our marks are). */
export function cellsOf(areas: string): string[] {
  const out: string[] = [];
  for (const area of areas.split(/,\s*/).filter(Boolean)) {
    const [a, b = a] = area.split(":");
    const [, colA, rowA] = /^([A-Z]+)(\d+)$/.exec(a)!;
    const [, colB, rowB] = /^([A-Z]+)(\d+)$/.exec(b)!;
    for (let c = colA.charCodeAt(0); c <= colB.charCodeAt(0); c++) for (let r = Number(rowA); r <= Number(rowB); r++) out.push(`${String.fromCharCode(c)}${r}`);
  }
  return out.sort();
}
