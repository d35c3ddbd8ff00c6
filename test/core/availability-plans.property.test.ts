/** Serialize then aggregate (keep-counts) gives a pool back: its units by class, available count, status and purchase value. */
import fc from "fast-check";
import { classifyStatus, planAggregate, planSerialize, statusWordFor, unitsByClass, type CellValue } from "../../src/core";

/** "Out" is classed too, so the property holds whichever word `statusWordFor("out")` answers. */
const SETTINGS = { statusMap: { Available: "available", Rented: "out", Repair: "unavailable", Out: "out" } } as const;
const WORDS = { ...SETTINGS, locale: "en-US" };
const HEADER: CellValue[] = ["Name", "Qty", "Codes", "Status", "Available", "Purchase value"];

function countsOf(quantity: number, status: CellValue, available: CellValue) {
  const count = available === "" ? undefined : available === true ? quantity : Number(available);
  return unitsByClass(quantity, { status: classifyStatus(String(status ?? ""), SETTINGS), available: count });
}

/** The status a pool comes back with (design.md §28): its own word unless serialize had to name the units' class. */
function statusBack(status: CellValue, quantity: number, available: CellValue): CellValue {
  if (available === "") return status;
  const cls = classifyStatus(String(status), SETTINGS);
  if (available === quantity || available === true) return cls === "available" ? status : statusWordFor("available", WORDS);
  return cls === "out" || cls === "unavailable" || cls === "unknown" ? status : statusWordFor("out", WORDS);
}

const pools = fc.integer({ min: 2, max: 25 }).chain((quantity) => fc.record({
  quantity: fc.constant(quantity),
  status: fc.constantFrom<CellValue>("Available", "Rented", "Repair", "", "Borrowed", " rented "),
  available: fc.oneof(fc.constantFrom<CellValue>("", true, false), fc.integer({ min: 0, max: quantity })),
  cents: fc.oneof(fc.constant<number | null>(null), fc.integer({ min: 0, max: 1e9 })),
}));

test("serialize then aggregate with keep-counts gives back the available count, the status and the purchase value", () => {
  fc.assert(fc.property(pools, ({ quantity, status, available, cents }) => {
    const purchase = cents === null ? "" : cents / 100;
    const units = planSerialize([HEADER, ["Pole", quantity, "P", status, available, purchase]], [1], SETTINGS).replacements[0].rows;
    const grid = [HEADER, ...units];
    const plan = planAggregate(grid, units.map((_, i) => i + 1), SETTINGS, undefined, { statusMerge: "keep-counts" });
    expect(plan.refused).toEqual([]);
    const [, qty, , backStatus, backAvailable, backPurchase] = plan.merges[0].row;
    expect(qty).toBe(quantity);
    expect(backAvailable).toBe(available);
    expect(backStatus).toBe(statusBack(status, quantity, available));
    expect(backPurchase === "" ? "" : Math.round((backPurchase as number) * 100)).toBe(cents === null ? "" : cents);
    expect(countsOf(quantity, backStatus, backAvailable)).toEqual(countsOf(quantity, status, available));
  }), { numRuns: 300 });
});

/** Operator maps that move a built-in word to another class (review of issue 16, finding 1). */
const MOVED = [{ Out: "unavailable" }, { Available: "out" }] as const;

function unitsOf(rows: readonly CellValue[][], statusMap: Readonly<Record<string, "available" | "out" | "unavailable">>) {
  const sum = { available: 0, out: 0, unavailable: 0 };
  for (const [, qty, , status, available] of rows) {
    const count = available === "" ? undefined : available === true ? Number(qty) : available === false ? 0 : Number(available);
    const units = unitsByClass(Number(qty), { status: classifyStatus(String(status ?? ""), { statusMap }), available: count });
    for (const cls of ["available", "out", "unavailable"] as const) sum[cls] += units[cls];
  }
  return sum;
}

test("serialize keeps a pool's units by class when the operator's map moves a built-in word to another class", () => {
  fc.assert(fc.property(pools, fc.constantFrom(...MOVED), ({ quantity, status, available }, statusMap) => {
    const settings = { statusMap, locale: "en-US" };
    const row: CellValue[] = ["Pole", quantity, "P", status, available, ""];
    const units = planSerialize([HEADER, row], [1], settings).replacements[0].rows;
    expect(unitsOf(units, statusMap)).toEqual(unitsOf([row], statusMap));
  }), { numRuns: 300 });
});

test("the word written for a class is one the operator's map still classes so", () => {
  expect(statusWordFor("out", { statusMap: { Out: "unavailable" }, locale: "en-US" })).toBe("Rented");
  expect(statusWordFor("available", { statusMap: { Available: "out" }, locale: "en-US" })).toBe("In stock");
  expect(statusWordFor("out", { statusMap: { Available: "out" }, locale: "en-US" })).toBe("Available");
  expect(statusWordFor("out", { statusMap: { Ausgegeben: "unavailable" }, locale: "de-DE" })).toBe("Vermietet");
});
