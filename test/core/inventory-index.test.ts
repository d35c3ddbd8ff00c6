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

describe("InventoryIndex, incrementally", () => {
  const incremental = { mode: "incremental" };
  const rules = (index: InventoryIndex) => index.report.issues.map((i) => `${i.rule} ${i.message}`);

  it("reports a duplicate that appears elsewhere on both rows, and drops it from both when it goes", () => {
    const index = InventoryIndex.build([["Qty", "Codes"], [1, "A1"], [1, "B2"], [1, "C3"]]);
    expect(index.replaceRows(3, [[1, "a1"]])).toEqual(incremental);
    expect(index.report.issues.map((i) => [i.rule, i.row])).toEqual([["codes-duplicate", 1], ["codes-duplicate", 3]]);
    expect(index.report.issues[0].message).toBe("B2: code \"A1\" is also in row 4");
    expect(index.report.rows).toMatchObject({ valid: 1, invalid: 2 });
    expect(index.replaceRows(1, [[1, "D4"]])).toEqual(incremental);
    expect(index.report.issues).toEqual([]);
    expect(index.report.rows).toMatchObject({ valid: 3, invalid: 0 });
  });

  it("re-addresses the issues of rows that moved", () => {
    const index = InventoryIndex.build([["Qty", "Codes"], [1, "A1"], [2.5, "B2"]]);
    expect(index.insertRows(1, [[1, "X1"], [1, "X2"]])).toEqual(incremental);
    expect(rules(index)).toEqual(["quantity-not-whole A5: quantity 2.5 is not a whole number"]);
    expect(index.report.issues[0].row).toBe(4);
    expect(index.deleteRows(1, 3)).toEqual(incremental);
    expect(rules(index)).toEqual(["quantity-not-whole A2: quantity 2.5 is not a whole number"]);
  });

  it("keeps category totals to the cent as rows come and go", () => {
    const index = InventoryIndex.build([["Qty", "Codes", "Category", "Income"], [1, "A", "Skis", 0.1], [1, "B", "skis", 0.2]]);
    index.insertRows(3, [[1, "C", "Poles", 0.7]]);
    index.replaceRows(1, [[1, "A", "Skis", 0.1]]);
    expect(index.summary().categories.map((l) => [l.category, l.income])).toEqual([["Poles", 0.7], ["Skis", 0.3]]);
    index.deleteRows(1, 1);
    expect(index.summary().categories.map((l) => [l.category, l.income])).toEqual([["Poles", 0.7], ["skis", 0.2]]);
    expect(index.summary()).toEqual(summarizeByCategory(index.values));
  });

  it("sums units in row order when they are too large to take away exactly", () => {
    const index = InventoryIndex.build([["Qty", "Codes"], [1, "A"], [1, "B"]]);
    index.insertRows(1, [[2 ** 53, "C"]]);
    // In row order 2^53 + 1 + 1 rounds to 2^53 twice; added last, 2 + 2^53 would not.
    expect(index.report.rows.units).toBe(2 ** 53);
    expect(index.summary().totals.units).toBe(2 ** 53);
  });

  it("counts muted issues in one note as the rows change", () => {
    const settings = { ignoredRules: ["quantity-not-whole" as const] };
    const index = InventoryIndex.build([["Qty", "Codes"], [2.5, "A"], [1, "B"]], settings);
    index.replaceRows(2, [[3.5, "B"]]);
    expect(index.report.issues).toEqual([]);
    expect(index.report.notes?.map((n) => n.say?.values)).toEqual([{ warnings: 0, errors: 2, rules: "quantity-not-whole 2" }]);
    expect(index.report).toEqual(checkInventory(index.values, settings));
  });

  it("checks in full when a register's header window gains a header naming quantity and codes", () => {
    const index = InventoryIndex.build([["Codes", "Category"], ["A1", "Skis"]]);
    expect(index.report.table?.columns.quantity).toBe(-1);
    expect(index.replaceRows(2, [["Qty", "Codes"]])).toEqual({ mode: "full", why: "table-changed" });
    expect(index.report.table?.headerRow).toBe(2);
    expect(index.report).toEqual(checkInventory(index.values));
    expect(index.replaceRows(3, [[1, "B"]])).toEqual(incremental);
  });

  it("keeps the report until the next change", () => {
    const index = InventoryIndex.build(sheet);
    expect(index.report).toBe(index.report);
    const before = index.report;
    index.replaceRows(1, [[1, "CAR-2", "Cars", 100]]);
    expect(index.report).not.toBe(before);
  });

  it("takes in more rows at once than a call can spread", () => {
    const index = InventoryIndex.build(sheet);
    const blank: never[][] = Array.from({ length: 150_000 }, () => []);
    expect(index.insertRows(2, blank)).toEqual(incremental);
    expect(index.values).toHaveLength(150_003);
    expect(index.report.rows).toMatchObject({ blank: 150_000, valid: 2 });
    expect(index.report.issues).toEqual([]);
  });

  it("refuses rows that are not arrays of cells", () => {
    const index = InventoryIndex.build(sheet);
    expect(() => index.replaceRows(1, ["not a row"] as never)).toThrow(InventoryArgumentError);
    expect(() => index.insertRows(1, "rows" as never)).toThrow(InventoryArgumentError);
    expect(index.values).toEqual(sheet);
  });
});
