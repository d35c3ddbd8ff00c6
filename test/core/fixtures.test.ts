/**
 * The project's own damaged exports (test/fixtures/core), reproducing the damage
 * of real Snipe-IT files: BOM header, CR line endings, a repeated Category header,
 * `6.37702E+15` serials, 20-digit values, blank serials, a QTY header, a
 * quantity-10 component row. Read the way Excel opens a CSV.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkInventory, planSerialize } from "../../src/core";
import { parseCsvLikeExcel } from "../../src/cli/read-csv";
import { checkExport } from "../../scripts/realworld-core";

const dir = join(__dirname, "..", "fixtures", "core");
const text = (name: string) => readFileSync(join(dir, name), "utf8");
const grid = (name: string) => parseCsvLikeExcel(text(name));

test.each(["components-quantity-10.csv", "accessories-qty-scientific.csv", "consumables-20-digit.csv", "assets-bom-no-quantity.csv", "assets-bad-cr.csv"])(
  "%s meets every realworld expectation",
  (name) => {
    const findings = checkExport(text(name));
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.filter((f) => !f.ok)).toEqual([]);
  },
);

test("the quantity-10 component row serializes into 10 rows with its serial first, the serials going on, and the cost split to the cent", () => {
  const g = grid("components-quantity-10.csv");
  const plan = planSerialize(g, [1]);
  const rows = plan.replacements[0].rows;
  expect(rows.map((r) => r[6])).toEqual(Array.from({ length: 10 }, (_, k) => String(987654321 + k)));
  expect(rows.map((r) => r[2])).toEqual([123.46, 123.46, 123.46, 123.46, 123.46, 123.46, 123.45, 123.45, 123.45, 123.45]);
  expect(rows.every((r) => r[8] === 1 && r[0] === "Router X1" && r[7] === "Network")).toBe(true);
  expect(checkInventory(g).issues.map((i) => i.rule)).toEqual(["codes-number"]);
});

test("QTY exports have no codes column until the mapping names one; then rounded model numbers are lost codes", () => {
  const g = grid("accessories-qty-scientific.csv");
  expect(checkInventory(g).issues.map((i) => i.rule)).toEqual(["no-header"]);
  const mapped = checkInventory(g, { mapping: { codes: "Model Number" } });
  expect(mapped.issues.map((i) => `${i.rule}:${i.row}`)).toEqual(["codes-precision-lost:1", "codes-precision-lost:2", "codes-number:3"]);
  const consumables = checkInventory(grid("consumables-20-digit.csv"), { mapping: { codes: "Model Number" } });
  expect(consumables.issues.map((i) => `${i.rule}:${i.row}`)).toEqual(["codes-precision-lost:1", "codes-precision-lost:2"]);
});

test("BOM and CR line endings do not hide the headers; a repeated Category is a warning; blank serials are codes-missing", () => {
  expect(checkInventory(grid("assets-bom-no-quantity.csv"), { eachRowOneUnit: "off" }).issues[0].message).toMatch(/"Asset Tag", C1\) but no quantity column/);
  const g = grid("assets-bad-cr.csv").map((row, r) => [...row, r === 0 ? "Quantity" : 1]);
  const serial = checkInventory(g, { mapping: { codes: "Serial" } });
  expect(serial.issues.map((i) => `${i.rule}@${i.row}:${i.column}:${i.severity}`)).toEqual([
    "duplicate-header@0:6:warning",
    "codes-missing@2:4:error",
    "codes-missing@4:4:error",
  ]);
});
