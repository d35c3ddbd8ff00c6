/**
 * `npm run example`: writes examples/inventory-example.xlsx (and the same rows as
 * examples/inventory-example.csv), the sample inventory used by the README's
 * "Try it without Excel" section. Deterministic: the same bytes of content every run.
 *
 * The "Inventory" sheet has a title row, a header in row 3 and 15 records (rows 4-18): pools and
 * units side by side, money formatted as dollars, and a few mistakes operators make:
 * a code used twice (rows 7 and 10), a half unit (row 13), codes separated by `;`
 * (row 14), a missing code (row 15), a category that looks like a formula and a code
 * with leading zeros (row 17: `=1+1`, `00123`, which Excel turns into 123 when it opens
 * the CSV) and a missing category (row 18).
 * A "Notes" sheet holds a formula that points into the inventory.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";

type Row = [name: string, quantity: number, codes: string, category: string, income: number, expense: number, location: string];

export const EXAMPLE_ROWS: Row[] = [
  ["Ski poles", 10, "POLE-01, POLE-02", "Skis", 450, 62.5, "Shelf A"],
  ["Helmet M", 6, "HLM-M-1, HLM-M-2, HLM-M-3", "Helmets", 312, 40, "Shelf B"],
  ["Helmet L", 1, "HLM-L-1", "Helmets", 58, 4.99, "Shelf B"],
  ["Touring skis 170", 1, "SKI-170-A", "Skis", 890.25, 120, "Rack 1"],
  ["Touring skis 178", 1, "SKI-178-A", "Skis", 915.75, 135.1, "Rack 1"],
  ["Snowshoes", 4, "SHOE-1, SHOE-2, SHOE-3, SHOE-4", "Snowshoes", 280, 33.33, "Shelf C"],
  ["Avalanche beacon", 1, "SKI-170-A", "Safety", 140, 12, "Locker"],
  ["Goggles", 12, "GOG-01", "Accessories", 216, 18, "Drawer 1"],
  ["Rental car VW Golf", 1, "WVWZZZ1KZAW000001, B-XY-123", "Vehicles", 5400, 1870.4, "Lot 2"],
  ["Gloves", 2.5, "GLV-1", "Accessories", 30, 5, "Drawer 2"],
  ["Skins", 3, "SKN-1; SKN-2; SKN-3", "Skis", 96, 9, "Shelf A"],
  ["Probe", 1, "", "Safety", 25, 2, "Locker"],
  ["Shovel", 1, "SHV-1", "Safety", 35.5, 3, "Locker"],
  ["Laptop (office)", 1, "00123", "=1+1", 0, 899, "Office"],
  ["Boot dryer", 1, "DRY-1", "", 0, 45, "Workshop"],
];

const HEADER = ["Name", "Quantity", "Stock codes", "Category", "Income", "Expense", "Location"];
const FIXED_TIME = new Date(Date.UTC(2026, 0, 1));

export async function writeExampleWorkbook(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "inventory-rows example";
  workbook.created = FIXED_TIME;
  workbook.modified = FIXED_TIME;
  const sheet = workbook.addWorksheet("Inventory");
  sheet.getCell("A1").value = "Winter rental stock";
  sheet.getCell("A1").font = { bold: true, size: 14 };
  sheet.getRow(3).values = HEADER;
  sheet.getRow(3).font = { bold: true };
  EXAMPLE_ROWS.forEach((values, i) => {
    const row = sheet.getRow(4 + i);
    values.forEach((v, c) => {
      if (v !== "") row.getCell(c + 1).value = v;
    });
    row.getCell(3).numFmt = "@";
    row.getCell(4).numFmt = "@";
    row.getCell(5).numFmt = '"$"#,##0.00';
    row.getCell(6).numFmt = '"$"#,##0.00';
  });
  sheet.columns.forEach((column, c) => (column.width = [24, 10, 34, 14, 12, 12, 12][c]));
  const last = 3 + EXAMPLE_ROWS.length;
  const notes = workbook.addWorksheet("Notes");
  notes.getCell("A1").value = "Income on the Inventory sheet";
  notes.getCell("B1").value = { formula: `SUM(Inventory!E4:E${last})`, result: EXAMPLE_ROWS.reduce((s, r) => s + r[4], 0) } as ExcelJS.CellFormulaValue;
  notes.getCell("B1").numFmt = '"$"#,##0.00';
  await workbook.xlsx.writeFile(file);
}

/** The same records as a CSV, as an export would write them: Excel will read `00123` as 123. */
export function exampleCsv(): string {
  const quote = (v: string | number) => (typeof v === "string" && /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : String(v));
  return [HEADER, ...EXAMPLE_ROWS].map((row) => row.map(quote).join(",")).join("\r\n") + "\r\n";
}

if (require.main === module) {
  const dir = path.join(__dirname, "..", "examples");
  writeExampleWorkbook(path.join(dir, "inventory-example.xlsx")).then(() => {
    writeFileSync(path.join(dir, "inventory-example.csv"), exampleCsv());
    console.log("wrote examples/inventory-example.xlsx and examples/inventory-example.csv");
  });
}
