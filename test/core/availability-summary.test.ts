/**
 * Issue 16's acceptance table (design.md §28): a fleet of cars (serialized, with statuses) and
 * ski poles (aggregated, with available counts), every availability and return figure worked out
 * by hand below, per category and in the totals; and the property that a category's units are
 * its available, out and unavailable units.
 */
import fc from "fast-check";
import { checkInventory, InventoryIndex, summarizeByCategory, type CellValue } from "../../src/core";

const HEADER: CellValue[] = ["Category", "Qty", "Codes", "Status", "Available", "Income", "Expense", "Purchase value"];
const FLEET: CellValue[][] = [
  HEADER,
  ["Cars", 1, "CAR-1", "Available", "", 1200, 150.5, 20000],
  ["Cars", 1, "CAR-2", "Rented", "", 2400, 90, 25000],
  ["Cars", 1, "CAR-3", "Repair", "", 0, 800, 18000],
  ["Cars", 1, "CAR-4", "Flooded", "", 0, 0, 15000], // nobody classed it: unavailable
  ["Cars", 1, "CAR-5", "", "", 600, 0, 22000], // says nothing: available
  ["Poles", 10, "P-1", "", 7, 150, 20, 300], // 7 available, the other 3 out
  ["Poles", 6, "P-2", "Repair", 2, 0, 35.25, 180], // 2 available, the other 4 unavailable
  ["Poles", 4, "P-3", "On rent", "", 80, 0, 120], // all 4 out
  ["Poles", 5, "P-4", "Available", "", 0, 0, 150], // all 5 available
  ["Helmets", 2, "H-1", "", 3, 10, 0, 40], // available 3 of 2: invalid, left out
];

describe("the fleet, by hand", () => {
  const s = summarizeByCategory(FLEET);

  test("cars: 2 available, 1 out, 2 unavailable of 5; purchase 100,000", () => {
    expect(s.categories[0]).toMatchObject({
      category: "Cars", units: 5, availableUnits: 2, outUnits: 1, unavailableUnits: 2, availability: 2 / 5, utilisation: 1 / 3,
      income: 4200, expense: 1040.5, net: 3159.5, purchaseValue: 100000, returnOnPurchase: 315950 / 10000000,
    });
  });

  test("poles: 14 available, 7 out, 4 unavailable of 25; purchase 750", () => {
    expect(s.categories[1]).toMatchObject({
      category: "Poles", units: 25, availableUnits: 14, outUnits: 7, unavailableUnits: 4, availability: 14 / 25, utilisation: 7 / 21,
      income: 230, expense: 55.25, net: 174.75, purchaseValue: 750, returnOnPurchase: 17475 / 75000,
    });
  });

  test("totals, the invalid helmet row left out, and which columns the sheet tracks", () => {
    expect(s.categories.map((c) => c.category)).toEqual(["Cars", "Poles"]);
    expect(s.totals).toMatchObject({
      units: 30, availableUnits: 16, outUnits: 8, unavailableUnits: 6, availability: 16 / 30, utilisation: 8 / 24,
      income: 4430, expense: 1095.75, net: 3334.25, purchaseValue: 100750, returnOnPurchase: 333425 / 10075000,
    });
    expect([s.countedRows, s.excludedRows]).toEqual([9, 1]);
    expect(s.tracks).toEqual({ availability: true, purchase: true });
  });

  test("the report says once what counted as unavailable and as available", () => {
    expect(checkInventory(FLEET).notes?.map((n) => n.message)).toEqual([
      "1 row has a status nobody classed; its units count as unavailable",
      "1 row has neither a status nor an available count; its units count as available",
    ]);
  });

  test("the live index gives the same summary and notes", () => {
    const index = InventoryIndex.build(FLEET);
    expect(index.summary()).toEqual(s);
    expect(index.report.notes).toEqual(checkInventory(FLEET).notes);
  });

  test("the status map overrides a built-in word: Repair as out moves the repaired car and poles to out", () => {
    const mapped = summarizeByCategory(FLEET, { statusMap: { Repair: "out" } });
    expect(mapped.categories.map((c) => [c.availableUnits, c.outUnits, c.unavailableUnits])).toEqual([[2, 2, 1], [14, 11, 0]]);
  });

  test("a per-unit purchase price is the price of one unit: the purchase value is price × units", () => {
    const grid = [["Qty", "Codes", "Purchase price"], [10, "P-1", 12.5], [1, "P-2", 30]];
    expect(summarizeByCategory(grid).totals).toMatchObject({ units: 11, purchaseValue: 155, returnOnPurchase: 0 });
  });

  test("a purchase price is per-unit in every catalogue language: EN, FI and DE sheets sum alike", () => {
    const sheet = (qty: string, codes: string, price: string) => [["Category", qty, codes, price], ["Poles", 10, "P-1", 12.5], ["Poles", 1, "P-2", 30]];
    const figures = (grid: CellValue[][]) => {
      const s = summarizeByCategory(grid);
      return [s.categories[0], s.totals].map(({ units, purchaseValue, returnOnPurchase }) => ({ units, purchaseValue, returnOnPurchase }));
    };
    const en = figures(sheet("Qty", "Codes", "Purchase price"));
    expect(en).toEqual([{ units: 11, purchaseValue: 155, returnOnPurchase: 0 }, { units: 11, purchaseValue: 155, returnOnPurchase: 0 }]);
    expect(figures(sheet("Määrä", "Koodit", "Hankintahinta"))).toEqual(en);
    expect(figures(sheet("Anzahl", "Codes", "Einkaufspreis"))).toEqual(en);
    for (const price of ["Kaufpreis", "Aankoopprijs", "Inkoopprijs", "Prix d'achat", "Inköpspris", "Precio de compra",
      "Prezzo d'acquisto", "Preço de compra", "Cena zakupu", "Ostohinta"]) {
      expect([price, summarizeByCategory(sheet("Qty", "Codes", price)).totals.purchaseValue]).toEqual([price, 155]);
    }
  });

  test("purchase costs and values stay the value of the row's units in every language", () => {
    for (const value of ["Purchase value", "Hankinta-arvo", "Anschaffungskosten", "Aanschafwaarde", "Valeur d'achat"]) {
      const grid = [["Qty", "Codes", value], [10, "P-1", 12.5], [1, "P-2", 30]];
      expect([value, summarizeByCategory(grid).totals.purchaseValue]).toEqual([value, 42.5]);
    }
  });
});

describe("sheets without the new columns keep their summary and report", () => {
  test("no status, available or purchase column: no tracks, no notes, every unit available", () => {
    const grid = [["Qty", "Codes", "Income"], [3, "A", 5], [1, "B", 0]];
    const s = summarizeByCategory(grid);
    expect("tracks" in s).toBe(false);
    expect(checkInventory(grid).notes).toBeUndefined();
    expect(s.totals).toMatchObject({ availableUnits: 4, outUnits: 0, unavailableUnits: 0, purchaseValue: 0, returnOnPurchase: null });
  });

  test("a purchase column only: tracks purchase, no availability notes", () => {
    const grid = [["Qty", "Codes", "Purchase cost"], [2, "A", 100]];
    expect(summarizeByCategory(grid).tracks).toEqual({ availability: false, purchase: true });
    expect(checkInventory(grid).notes).toBeUndefined();
  });
});

describe("property: a category's units are its available, out and unavailable units", () => {
  const cell = {
    qty: fc.constantFrom<CellValue>(0, 1, 1, 2, 5, 12, "x"),
    status: fc.constantFrom<CellValue>("Available", "Rented", "Repair", "Flooded", "", true, false),
    available: fc.constantFrom<CellValue>("", 0, 1, 3, 5, 12, true, "no", 2.5),
    category: fc.constantFrom<CellValue>("Cars", "Poles", ""),
  };
  const row = fc.tuple(cell.category, cell.qty, cell.status, cell.available);

  test("for every category and the totals", () => {
    fc.assert(fc.property(fc.array(row, { maxLength: 30 }), (rows) => {
      const grid = [HEADER.slice(0, 5), ...rows.map(([k, q, st, a], i) => [k, q, `C-${i}`, st, a])];
      const s = summarizeByCategory(grid);
      for (const line of [...s.categories, s.totals]) {
        expect(line.availableUnits + line.outUnits + line.unavailableUnits).toBe(line.units);
        expect(Math.min(line.availableUnits, line.outUnits, line.unavailableUnits)).toBeGreaterThanOrEqual(0);
      }
    }), { numRuns: 300 });
  });
});
