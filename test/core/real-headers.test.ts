/** Issue 13 point 1: headers as inventory exports name them, read only where no catalogue header claims the role. */
import { checkInventory, detectTable } from "../../src/core";

describe("secondary English headers", () => {
  test.each([
    [["Item Name", "SKU", "Stock on hand"], 2, 1],
    [["Part number", "On hand"], 1, 0],
    [["Item code", "Qty on hand"], 1, 0],
    [["Tag no.", "In stock"], 1, 0],
    [["Serial no.", "Quantity available"], 1, 0],
    [["barcode_ean", "Quantity"], 1, 0],
    [["Barcode 2", "Count"], 1, 0],
  ])("%j is a table (quantity column %i, codes column %i)", (header, quantity, codes) => {
    expect(detectTable([header, header.map(() => "x")])?.columns).toMatchObject({ quantity, codes });
  });

  test("a catalogue header keeps its role: Barcode stays the codes column beside SKU, with no duplicate-header", () => {
    const report = checkInventory([["SKU", "Barcode", "Qty", "In stock"], ["S-1", "4006381333931", 2, 5]]);
    expect(report.table?.columns).toMatchObject({ codes: 1, quantity: 2 });
    expect(report.issues.filter((i) => i.rule === "duplicate-header")).toEqual([]);
  });

  test("Brand, Manufacturer, Item group and Category name stand in for a category only when none exists", () => {
    expect(detectTable([["SKU", "Qty", "Brand", "Manufacturer"], ["A", 1, "Ray-Ban", "Luxottica"]])?.columns.category).toBe(2);
    expect(detectTable([["SKU", "Qty", "Item group"], ["A", 1, "Frames"]])?.columns.category).toBe(2);
    expect(detectTable([["SKU", "Qty", "Brand", "Category"], ["A", 1, "Ray-Ban", "Frames"]])?.columns.category).toBe(3);
  });

  test("prices and costs as exports name them are income and expense; a purchase price is the purchase value (design.md §28)", () => {
    const t = detectTable([["SKU", "Qty", "Selling price", "Cost price"], ["A", 1, 10, 5]]);
    expect(t?.columns).toMatchObject({ income: 2, expense: 3 });
    expect(detectTable([["SKU", "Qty", "Selling price", "Purchase price"], ["A", 1, 10, 5]])?.columns).toEqual({ codes: 0, quantity: 1, income: 2, purchase: 3 });
    expect(detectTable([["SKU", "Qty", "Rental rate", "Valuation"], ["A", 1, 10, 5]])?.columns).toMatchObject({ income: 2, expense: 3 });
  });

  test("a mapping wins over a secondary header, and English can be switched off", () => {
    expect(detectTable([["SKU", "Ref", "Qty"], ["A", "R", 1]], { mapping: { codes: "Ref" } })?.columns.codes).toBe(1);
    expect(detectTable([["SKU", "Määrä"], ["A", 1]], { languages: ["fi"] })).toBeNull();
  });
});
