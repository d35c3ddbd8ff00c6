/**
 * Issue 19, point 3: for random sheets and random sequences of edits, pastes, inserts and
 * deletes, the index's report and summary equal a full check of the sheet after every step.
 * Issue 16: also for sheets with status, available and purchase columns (units by class,
 * purchase value, the availability notes).
 */
import fc from "fast-check";
import { InventoryIndex, checkInventory, summarizeByCategory, type CellValue, type SettingsInput } from "../../src/core";

const HEADER: CellValue[] = ["Qty", "Codes", "Category", "Income", "Unit price", "Location"];
const REGISTER_HEADER: CellValue[] = ["Codes", "Category", "Income", "Location"];
/** Two quantity columns: the table is ambiguous and every data row invalid, unchecked. */
const AMBIGUOUS_HEADER: CellValue[] = ["Qty", "Codes", "Category", "Quantity"];
const AVAILABILITY_HEADER: CellValue[] = [...HEADER, "Status", "Available", "Purchase value"];

const qty = fc.constantFrom<CellValue>(1, 1, 1, 2, 3, 0, 2.5, -1, "3", " 4 ", "x", "", null, "#N/A", 5_000_000_000);
const codes = fc.constantFrom<CellValue>(
  "A1", "a1", "A1", "B2", "B2", "C3", "A1, B2", "a1, A1", "B2,b2, C3", "D4;E5", "F6 G7", "", "Ä1", "ä1", "Å2", 42, 42, true,
  " H8 ", "H8,", "I9", "1E+5", "#REF!",
);
const category = fc.constantFrom<CellValue>("Skis", "skis", " Skis ", "Poles", "Ski  poles", "ski poles", "", null, "Éclair", "#N/A");
const money = fc.constantFrom<CellValue>(10, 10.5, 0, 0.001, -5, "12.50", "abc", "", null, 99_999_999_999_999, 90_000_000_000);
const price = fc.constantFrom<CellValue>(2.5, 3, "3", "abc", "", null);
const part = fc.constantFrom<CellValue>("North", "north", "South", "", null);

const status = fc.constantFrom<CellValue>("Available", "rented", " On rent ", "Repair", "Flooded", "", null, true, false, "#N/A", 3);
const available = fc.constantFrom<CellValue>(0, 1, 2, 3, 7, -1, 1.5, "2", "x", "", null, true, "no", "#N/A");
/** The cells of the status, available and purchase columns (AVAILABILITY_HEADER). */
const availabilityCells = fc.tuple(status, available, money);

/** A data row; sometimes blank, short, or naming a header (which the header search may take). */
const dataRow: fc.Arbitrary<CellValue[]> = fc.oneof(
  { weight: 12, arbitrary: fc.tuple(qty, codes, category, money, price, part).map((cells): CellValue[] => cells) },
  {
    weight: 6,
    arbitrary: fc.tuple(qty, codes, category, money, price, part, availabilityCells).map(([q, c, k, m, p, l, a]): CellValue[] => [q, c, k, m, p, l, ...a]),
  },
  { weight: 1, arbitrary: fc.constantFrom<CellValue[]>([], ["", null], [null, null, null, null, null, "note"]) },
  { weight: 1, arbitrary: fc.tuple(codes, category).map(([c, k]): CellValue[] => [1, c, k]) },
  { weight: 1, arbitrary: fc.constantFrom<CellValue[]>(["Qty", "Codes"], ["Title"]) },
);

const rows = (max: number) => fc.array(dataRow, { minLength: 0, maxLength: max });

type Step =
  | { kind: "replace"; at: number; rows: CellValue[][] }
  | { kind: "insert"; at: number; rows: CellValue[][] }
  | { kind: "delete"; at: number; count: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("replace" as const), at: fc.nat(), rows: rows(4) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("replace" as const), at: fc.nat(), rows: rows(12) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), rows: rows(6) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), count: fc.nat({ max: 6 }) }) },
);

/** A sheet: an optional title, the header, data rows. */
const sheet = (header: CellValue[]) =>
  fc.record({ title: fc.boolean(), data: fc.array(dataRow, { maxLength: 25 }) })
    .map(({ title, data }) => [...(title ? [["Stock list"], []] : []), header.slice(), ...data]);

/** Where a step applies: mostly below the header, sometimes on it or above it. */
function apply(index: InventoryIndex, s: Step): void {
  const n = index.values.length;
  const at = s.at % 10 === 0 ? s.at % (n + 1) : Math.min(n, 2 + (s.at % Math.max(1, n - 1)));
  if (s.kind === "replace") index.replaceRows(at, s.rows);
  else if (s.kind === "insert") index.insertRows(at, s.rows);
  else index.deleteRows(at, s.count);
}

function holds(settings: Partial<SettingsInput> | undefined, header: CellValue[], runs: number): void {
  fc.assert(
    fc.property(sheet(header), fc.array(step, { minLength: 1, maxLength: 8 }), (grid, steps) => {
      const index = InventoryIndex.build(grid, settings);
      expect(index.report).toEqual(checkInventory(grid, settings));
      for (const s of steps) {
        apply(index, s);
        expect(index.report).toEqual(checkInventory(index.values, settings));
        expect(index.summary()).toEqual(summarizeByCategory(index.values, settings));
      }
    }),
    { numRuns: runs },
  );
}

describe("InventoryIndex equals a full check after every change", () => {
  test("default settings", () => holds(undefined, HEADER, 400));
  test("case-sensitive codes", () => holds({ caseSensitiveCodes: true }, HEADER, 120));
  test("codes unique within a location", () => holds({ codesUniqueWithin: "Location" }, HEADER, 160));
  test("muted rules, sheet starting at C5", () => {
    holds({ ignoredRules: ["codes-duplicate", "quantity-as-text", "category-missing"], origin: "C5" }, HEADER, 120);
  });
  test("two quantity columns", () => holds(undefined, AMBIGUOUS_HEADER, 40));
  test("a register (no quantity column), found automatically", () => holds(undefined, REGISTER_HEADER, 120));
  test("fi-FI number text and one code per cell", () => holds({ locale: "fi-FI", oneCodePerCell: true }, HEADER, 80));
  test("status, available and purchase columns", () => holds(undefined, AVAILABILITY_HEADER, 300));
  test("status, available and purchase columns, with a status map", () => {
    holds({ statusMap: { Flooded: "unavailable", Repair: "out" } }, AVAILABILITY_HEADER, 100);
  });
});
