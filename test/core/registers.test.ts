/** Issue 13 point 4: a register (codes, no quantity column) counts each row as one unit and says so once. */
import { checkInventory, planAggregate, planSerialize, summarizeByCategory } from "../../src/core";

const REGISTER = [["Asset tag", "Name", "Category"], ["IT-001", "Laptop", "Laptops"], ["IT-002", "Monitor", "Screens"], ["IT-003", "Laptop", "Laptops"]];

test("each row is one unit, said once in the report's notes", () => {
  const report = checkInventory(REGISTER);
  expect(report.table?.columns).toEqual({ quantity: -1, codes: 0, name: 1, category: 2 });
  expect(report.issues).toEqual([]);
  expect(report.rows).toEqual({ data: 3, blank: 0, valid: 3, invalid: 0, serialized: 3, aggregated: 0, units: 3 });
  expect(report.notes?.map((n) => n.message)).toEqual(["No quantity column: each row counted as one unit."]);
  expect(summarizeByCategory(REGISTER).categories.map((c) => [c.category, c.units])).toEqual([["Laptops", 2], ["Screens", 1]]);
});

test("codes rules still apply: a duplicate tag is an error", () => {
  const report = checkInventory([...REGISTER, ["it-001", "Dock", "Docks"]]);
  expect(report.issues.map((i) => i.rule)).toEqual(["codes-duplicate", "codes-duplicate"]);
});

test("eachRowOneUnit off: no-header as before; on: a quantity column is not looked for", () => {
  expect(checkInventory(REGISTER, { eachRowOneUnit: "off" }).issues.map((i) => i.rule)).toEqual(["no-header"]);
  const withQty = [["Asset tag", "Qty"], ["IT-001", 5]];
  expect(checkInventory(withQty).rows.units).toBe(5);
  const on = checkInventory(withQty, { eachRowOneUnit: "on" });
  expect(on.rows.units).toBe(1);
  expect(on.notes?.[0].message).toBe("Each row counted as one unit (the setting says this sheet is a register).");
});

test("an empty quantity in a sheet that has a quantity column stays quantity-missing", () => {
  expect(checkInventory([["Asset tag", "Qty"], ["IT-001", ""]]).issues.map((i) => i.rule)).toEqual(["quantity-missing"]);
});

test("serialize and aggregate refuse: there is no quantity cell to write", () => {
  const reason = "the sheet has no quantity column (each row is one unit): there is no quantity cell to write";
  expect(planSerialize(REGISTER, [1]).refused).toMatchObject([{ row: 1, reason }]);
  expect(planAggregate(REGISTER, [1, 3]).refused).toMatchObject([{ row: 1, reason }, { row: 3, reason }]);
});
