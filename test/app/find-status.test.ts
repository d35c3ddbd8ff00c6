/** Find by code shows the unit's status (issue 16): the status cell's text and its class, from the workbook's status words. */
import { statusOfRecord } from "../../src/app/find-status";
import type { TableInfo } from "../../src/core";
import { valueOf, world, type World } from "./helpers";

let w: World;
afterEach(() => w?.host.uninstall());

const fleet = () => ({
  name: "Fleet",
  values: [
    ["Name", "Category", "Quantity", "Stock codes", "Status"],
    ["Van", "Cars", 1, "CAR-1", "Hired out"],
    ["Car", "Cars", 1, "CAR-2", " In the yard "],
    ["Bus", "Cars", 1, "CAR-3", ""],
    ["Cab", "Cars", 1, "CAR-4", "Zork"],
  ],
});

test("the found row carries its status text and class, classed by the saved status words", async () => {
  w = world([fleet()]);
  valueOf(await w.app.saveSettings({ statusMap: { "hired out": "out", "In the yard": "available" } }));
  expect(valueOf(await w.app.findByCode("CAR-1"))).toMatchObject({ found: true, row: 1, status: { text: "Hired out", class: "out" } });
  expect(valueOf(await w.app.findByCode("car-2"))).toMatchObject({ found: true, row: 2, status: { text: "In the yard", class: "available" } });
  expect(valueOf(await w.app.findByCode("CAR-3"))).toMatchObject({ found: true, status: { text: "", class: undefined } });
  expect(valueOf(await w.app.findByCode("CAR-4"))).toMatchObject({ found: true, status: { text: "Zork", class: "unknown" } });
});

test("a sheet without a status column finds rows as before, with no status", async () => {
  w = world([{ name: "Stock", values: [["Name", "Quantity", "Stock codes"], ["Pole", 2, "P-1, P-2"]] }]);
  const found = valueOf(await w.app.findByCode("P-2"));
  expect(found).toMatchObject({ found: true, row: 1, record: ["Pole", 2, "P-1, P-2"] });
  expect(found).not.toHaveProperty("status");
});

test("statusOfRecord reads a number in the status cell as its text", () => {
  const table: TableInfo = { headerRow: 0, columns: { quantity: 1, codes: 0, status: 2 } };
  expect(statusOfRecord(["C1", 1, 7], table, { statusMap: { "7": "unavailable" } })).toEqual({ text: "7", class: "unavailable" });
  expect(statusOfRecord(["C1", 1, null], table, {})).toEqual({ text: "", class: undefined });
  expect(statusOfRecord(["C1", 1, "Out"], { ...table, columns: { quantity: 1, codes: 0 } }, {})).toBeUndefined();
});
