import { InventoryIndex, checkInventory, summarizeByCategory, InventoryArgumentError } from "../../src/core";

const sheet = [
  ["Qty", "Codes", "Category", "Income"],
  [1, "CAR-1", "Cars", 100],
  [3, "POLE", "Poles", 30],
];

describe("InventoryIndex (the contract the incremental version keeps)", () => {
  it("reports what a full check of the changed grid reports", () => {
    const index = InventoryIndex.build(sheet);
    expect(index.replaceRows(2, [[2.5, "CAR-1", "Poles", 30]])).toEqual({ mode: "incremental" });
    const now = [sheet[0], sheet[1], [2.5, "CAR-1", "Poles", 30]];
    expect(index.values).toEqual(now);
    expect(index.report).toEqual(checkInventory(now));
    expect(index.report.issues.map((i) => i.rule)).toEqual(["codes-duplicate", "quantity-not-whole", "codes-duplicate"]);
    expect(index.summary()).toEqual(summarizeByCategory(now));
  });

  it("shifts rows on insert and delete", () => {
    const index = InventoryIndex.build(sheet);
    index.insertRows(1, [[2, "SKI", "Skis", 10]]);
    index.deleteRows(2, 1);
    const now = [sheet[0], [2, "SKI", "Skis", 10], sheet[2]];
    expect(index.values).toEqual(now);
    expect(index.report).toEqual(checkInventory(now));
    expect(index.summary().totals.units).toBe(5);
  });

  it("says when a change touched the header and was checked in full", () => {
    const index = InventoryIndex.build(sheet);
    expect(index.replaceRows(0, [["Qty", "Codes", "Category", "Expense"]])).toEqual({ mode: "full", why: "header-changed" });
    expect(InventoryIndex.build([]).insertRows(0, [[1, "A"]])).toEqual({ mode: "full", why: "no-table" });
  });

  it("does not change the grid it was built from", () => {
    const values = sheet.map((row) => [...row]);
    InventoryIndex.build(values).replaceRows(1, [[9, "X", "Y", 1]]);
    expect(values).toEqual(sheet);
  });

  it("refuses a row outside the grid", () => {
    expect(() => InventoryIndex.build(sheet).deleteRows(4, 1)).toThrow(InventoryArgumentError);
    expect(() => InventoryIndex.build(sheet).replaceRows(-1, [])).toThrow(InventoryArgumentError);
  });
});
