import { checkInventory, detectTable, type CellValue } from "../../src/core";
import { ruleMap } from "./helpers";

describe("finding the table", () => {
  test("title rows above the header are ignored", () => {
    const grid: CellValue[][] = [["Winter stock 2026"], ["", ""], ["Exported by", "Anna"], ["Item", "Qty", "Serial"], ["Ski", 1, "S1"]];
    expect(detectTable(grid)).toEqual({ headerRow: 3, columns: { name: 0, quantity: 1, codes: 2 }, headers: ["Item", "Qty", "Serial"] });
  });

  test.each([
    ["\uFEFFQuantity", "Stock codes"], ["  QTY ", "barcode"], ["amount_in-stock", "Serial Numbers"], ["Units", "asset-tag"],
    ["count", "SKU codes"], ["Qty", "CODE"],
  ])("headers %p and %p are recognised (BOM, case, spaces, _ and - ignored)", (q, c) => {
    expect(detectTable([[c, q]])?.columns).toMatchObject({ quantity: 1, codes: 0 });
  });

  test("every optional role is recognised", () => {
    const t = detectTable([["Qty", "Codes", "Product group", "Item name", "Rental income", "Maintenance cost", "Colour"]]);
    expect(t?.columns).toEqual({ quantity: 0, codes: 1, category: 2, name: 3, income: 4, expense: 5 });
  });

  test("the header must be within the first 20 used rows", () => {
    const grid: CellValue[][] = Array.from({ length: 20 }, (_, i) => [`title ${i}`]);
    grid.push(["Qty", "Codes"], [1, "A"]);
    expect(detectTable(grid)).toBeNull();
    const withBlanks: CellValue[][] = [...Array.from({ length: 30 }, () => ["", ""]), ["Qty", "Codes"], [1, "A"]];
    expect(detectTable(withBlanks)?.headerRow).toBe(30);
  });

  test("the mapping overrides detection by header text", () => {
    const grid: CellValue[][] = [["QTY", "Model Number", "Serial", "Purchase Cost"], [1, "M-1", "S-1", 5]];
    expect(detectTable(grid, { mapping: { codes: "model number" } })?.columns).toEqual({ quantity: 0, codes: 1, purchase: 3 });
    expect(detectTable(grid, { mapping: { income: "Purchase Cost" } })?.columns).toEqual({ quantity: 0, codes: 2, income: 3 });
  });

  test("no header: no-header error, naming what was missing", () => {
    const report = checkInventory([["Name", "Asset Tag", "Category"], ["Laptop", "A-1", "IT"]], { eachRowOneUnit: "off" });
    expect(report.table).toBeNull();
    expect(report.issues).toHaveLength(1);
    expect(report.issues[0]).toMatchObject({ rule: "no-header", severity: "error", row: 0, column: 0 });
    expect(report.issues[0].message).toMatch(/^A1: .*"Asset Tag", B1\) but no quantity column/);
    expect(report.rows).toEqual({ data: 0, blank: 0, valid: 0, invalid: 0, serialized: 0, aggregated: 0, units: 0 });
    expect(checkInventory([]).issues.map((i) => i.rule)).toEqual(["no-header"]);
  });
});

describe("duplicate-header", () => {
  test("two columns claiming stock codes is an error and no row is checked", () => {
    const grid: CellValue[][] = [["Qty", "Serial", "Asset Tag"], [0, "", "A-1"], [1, "S-2", "A-2"]];
    const report = checkInventory(grid);
    expect(ruleMap(report)).toEqual(["duplicate-header@C1"]);
    expect(report.issues[0].severity).toBe("error");
    expect(report.issues[0].message).toBe('C1: "Asset Tag" (C1) and "Serial" (B1) both look like the stock-codes column; choose one in the column mapping');
    expect(report.rows).toMatchObject({ data: 2, valid: 0, invalid: 2 });
  });

  test("two columns with the same header are told to rename one: the mapping picks columns by header text", () => {
    const report = checkInventory([["Qty", "Stock codes", "Name", "stock_codes"], [1, "A", "x", "B"]]);
    expect(report.issues.map((i) => [i.rule, i.severity, i.message])).toEqual([
      ["duplicate-header", "error", 'D1: "stock_codes" (D1) and "Stock codes" (B1) both look like the stock-codes column; rename one of the two headers'],
    ]);
    const optional = checkInventory([["Qty", "Codes", "Category", "Category"], [1, "A", "x", "y"]]);
    expect(optional.issues.map((i) => i.message)).toEqual([
      'D1: "Category" (D1) and "Category" (C1) both look like the category column; C1 is used (rename a header to use the other)',
    ]);
  });

  test("the mapping resolves it", () => {
    const grid: CellValue[][] = [["Qty", "Serial", "Asset Tag"], [1, "", "A-1"]];
    const report = checkInventory(grid, { mapping: { codes: "Asset Tag" } });
    expect(report.issues).toEqual([]);
    expect(report.table?.columns.codes).toBe(2);
  });

  test("two category columns is a warning and the first is used", () => {
    const grid: CellValue[][] = [["Qty", "Code", "Category", "Notes", "Category"], [1, "A", "Skis", "", ""]];
    const report = checkInventory(grid);
    expect(ruleMap(report)).toEqual(["duplicate-header@E1"]);
    expect(report.issues[0].severity).toBe("warning");
    expect(report.table?.columns.category).toBe(2);
    expect(report.rows.valid).toBe(1);
  });

  test("duplicates are reported with no-header too, so the mapping pane can show both", () => {
    const report = checkInventory([["Serial", "Category", "Asset Tag", "Category"]], { eachRowOneUnit: "off" });
    expect(report.issues.map((i) => `${i.rule}:${i.severity}`)).toEqual(["no-header:error", "duplicate-header:error", "duplicate-header:warning"]);
  });
});

test("a mapping naming a header that is not there says so", () => {
  const report = checkInventory([["Qty", "Serial"], [1, "A"]], { mapping: { codes: "Tag" } });
  expect(report.issues[0].message).toMatch(/the column mapping names "Tag" for stock-codes, but no header has that text/);
});
