/** Invariants that money, codes and quantities must keep, over generated tables. */
import fc from "fast-check";
import {
  buildCodeIndex, checkInventory, codeKey, planAggregate, planFix, planGenerateCodes, planSerialize, splitCodes,
  summarizeByCategory, toAddress, toMinor, EXCEL_ERRORS, type CellValue,
} from "../../src/core";

const HEADER: CellValue[] = ["Name", "Qty", "Codes", "Category", "Income", "Expense", "Notes"];
const code = fc.stringMatching(/^[A-Z]{1,3}-?[0-9]{1,3}$/);
const cents = fc.integer({ min: 0, max: 10_000_000 });
const category = fc.constantFrom("Skis", "skis ", "Helmets", "  Alpine  touring", "alpine touring", "", "Boots", "Éclairage", "eclairage");

/** Distinct codes (compared as the engine compares them). */
const distinctCodes = (min: number, max: number) =>
  fc.uniqueArray(code, { minLength: min, maxLength: max, selector: (c) => codeKey(c, false) });

/** A table of quantity-1 rows with distinct codes, and one aggregated row to serialize. */
const serializeCase = fc
  .record({
    n: fc.integer({ min: 2, max: 30 }),
    codes: distinctCodes(2, 60),
    m: fc.integer({ min: 1, max: 30 }),
    income: cents,
    expense: cents,
    category,
    extra: fc.nat({ max: 5 }),
  })
  .map(({ n, codes, m, income, expense, category, extra }) => {
    const mine = codes.slice(0, Math.min(m, n, codes.length - 1));
    const others = codes.slice(mine.length);
    // Add rows holding codes the generator would make (`c1-2`, `c1-02`), so skipping is exercised.
    for (let k = 2; k < 2 + extra; k++) others.push(`${mine[0]}-${String(k).padStart(String(n).length, "0")}`);
    const target: CellValue[] = ["Pool", n, mine.join(", "), category, income / 100, expense / 100, "keep me"];
    const grid: CellValue[][] = [HEADER.slice(), ...others.map((c): CellValue[] => ["Unit", 1, c, "Skis", 1, 0, ""]), target];
    return { grid, row: grid.length - 1, n, mine, income, expense };
  })
  .filter((c) => new Set(c.grid.slice(1).flatMap((r) => splitCodes(r[2]).map((x) => codeKey(x, false)))).size === c.grid.slice(1).reduce((s, r) => s + splitCodes(r[2]).length, 0));

describe("serialize", () => {
  test("keeps units, income and expense to the cent, every code, and generated codes are unique across the table", () => {
    fc.assert(fc.property(serializeCase, ({ grid, row, n, mine, income, expense }) => {
      const plan = planSerialize(grid, [row]);
      expect(plan.refused).toEqual([]);
      const rows = plan.replacements[0].rows;
      expect(rows).toHaveLength(n);
      expect(rows.every((r) => r[1] === 1 && r[6] === "keep me" && r.length === HEADER.length)).toBe(true);
      expect(rows.reduce((s, r) => s + toMinor(r[4] as number, 2), 0)).toBe(income);
      expect(rows.reduce((s, r) => s + toMinor(r[5] as number, 2), 0)).toBe(expense);
      const newCodes = rows.map((r) => r[2] as string);
      expect(newCodes.slice(0, mine.length)).toEqual(mine);
      const others = grid.filter((_, i) => i > 0 && i !== row).flatMap((r) => splitCodes(r[2]).map((c) => codeKey(c, false)));
      const all = [...others, ...newCodes.map((c) => codeKey(c, false))];
      expect(new Set(all).size).toBe(all.length);
    }));
  });

  test("generated codes go on from c1's number at c1's width, past every number taken in the table", () => {
    const seqCase = fc.record({
      prefix: fc.stringMatching(/^[A-Z]{1,3}-?$/),
      start: fc.integer({ min: 0, max: 999 }),
      width: fc.integer({ min: 1, max: 4 }),
      n: fc.integer({ min: 2, max: 30 }),
      taken: fc.uniqueArray(fc.integer({ min: 1, max: 40 }), { maxLength: 15 }),
    });
    fc.assert(fc.property(seqCase, ({ prefix, start, width, n, taken }) => {
      const code = (k: number) => `${prefix}${String(k).padStart(width, "0")}`;
      const others = taken.map((t) => code(start + t));
      const grid: CellValue[][] = [HEADER.slice(), ...others.map((c): CellValue[] => ["Unit", 1, c.toLowerCase(), "Skis", 1, 0, ""]), ["Pool", n, code(start), "Skis", 1, 0, ""]];
      const plan = planSerialize(grid, [grid.length - 1]);
      const expected: string[] = [];
      for (let k = start + 1; expected.length < n - 1; k++) if (!taken.includes(k - start)) expected.push(code(k));
      expect(plan.generated).toEqual(expected);
    }));
  });

  test("aggregate(serialize(row)) gives back the row when every unit had a code", () => {
    fc.assert(fc.property(distinctCodes(2, 25), cents, cents, category, (codes, income, expense, cat) => {
      const original: CellValue[] = ["Pool", codes.length, codes.join(", "), cat, income / 100, expense / 100, "note"];
      const grid: CellValue[][] = [HEADER.slice(), ["Other", 1, "ZZZZ-9999", "Skis", 5, 1, ""], original];
      const plan = planSerialize(grid, [2]);
      const serialized = [...grid.slice(0, 2), ...plan.replacements[0].rows];
      const rows = plan.replacements[0].rows.map((_, k) => 2 + k);
      const merged = planAggregate(serialized, rows);
      expect(merged.refused).toEqual([]);
      expect(merged.merges).toEqual([{ rows, row: original }]);
    }));
  });
});

/** Unit rows (quantity 1) in up to three groups, each unit with the codes it was given. */
const unitRows = (codesPerUnit: fc.Arbitrary<number>) =>
  fc.array(fc.record({ codes: codesPerUnit, group: fc.constantFrom("Skis", "Helmets", "Boots"), income: cents }), { minLength: 2, maxLength: 30 })
    .chain((units) => distinctCodes(units.reduce((n, u) => n + u.codes, 0), units.reduce((n, u) => n + u.codes, 0)).map((codes) => {
      let next = 0;
      return units.map((u) => ({ ...u, codes: codes.slice(next, (next += u.codes)) }));
    }));

/** The grid after a plan's merges: each group's merged row at its first row, the others gone. */
function afterMerges(grid: CellValue[][], merges: { rows: number[]; row: CellValue[] }[]): { grid: CellValue[][]; pools: number[] } {
  const gone = new Set(merges.flatMap((m) => m.rows.slice(1)));
  const merged = new Map(merges.map((m) => [m.rows[0], m.row]));
  const out: CellValue[][] = [];
  const pools: number[] = [];
  grid.forEach((r, i) => {
    if (gone.has(i)) return;
    if (merged.has(i)) pools.push(out.length);
    out.push(merged.get(i) ?? r);
  });
  return { grid: out, pools };
}

describe("aggregate then serialize", () => {
  test("every unit gets its own row and code back, income kept to the cent", () => {
    fc.assert(fc.property(unitRows(fc.constant(1)), (units) => {
      const grid: CellValue[][] = [HEADER.slice(), ...units.map((u): CellValue[] => ["Unit", 1, u.codes[0], u.group, u.income / 100, "", "n"])];
      const all = grid.map((_, i) => i).slice(1);
      const agg = planAggregate(grid, all);
      const lone = units.filter((u) => units.filter((o) => o.group === u.group).length === 1).length;
      expect(agg.refused).toHaveLength(lone);
      const { grid: pooled, pools } = afterMerges(grid, agg.merges);
      const ser = planSerialize(pooled, pools);
      expect(ser.refused).toEqual([]);
      expect(ser.generated).toEqual([]);
      const back = ser.replacements.flatMap((x) => x.rows);
      const merged = units.filter((u) => units.filter((o) => o.group === u.group).length > 1);
      expect(back).toHaveLength(merged.length);
      expect(back.every((r) => r[1] === 1 && splitCodes(r[2]).length === 1)).toBe(true);
      const sorted = (codes: CellValue[]) => codes.map(String).sort();
      expect(sorted(back.map((r) => r[2]))).toEqual(sorted(merged.map((u) => u.codes[0])));
      expect(back.reduce((n, r) => n + toMinor(r[4] as number, 2), 0)).toBe(merged.reduce((n, u) => n + u.income, 0));
    }));
  });

  test("a group where some unit carries several codes is refused whole, naming those rows", () => {
    const severalSomewhere = unitRows(fc.integer({ min: 1, max: 3 })).filter((us) => us.some((u) => u.codes.length > 1));
    fc.assert(fc.property(severalSomewhere, (units) => {
      const grid: CellValue[][] = [HEADER.slice(), ...units.map((u): CellValue[] => ["Car", 1, u.codes.join(", "), "Fleet", u.income / 100, "", ""])];
      const plan = planAggregate(grid, grid.map((_, i) => i).slice(1));
      expect(plan.merges).toEqual([]);
      expect(plan.refused.map((r) => r.row)).toEqual(units.map((_, i) => i + 1));
      const several = units.flatMap((u, i) => (u.codes.length > 1 ? [i + 2] : []));
      const reason = plan.refused[0].reason;
      expect(plan.refused.every((r) => r.reason === reason)).toBe(true);
      expect(reason).toContain(several.length === 1 ? `row ${several[0]} is one unit` : `${several.length} rows (${several.slice(0, 10).join(", ")}`);
    }));
  });
});

const dataRow = fc.record({
  qty: fc.oneof(fc.integer({ min: 1, max: 50 }), fc.constantFrom<CellValue>(0, 2.5, "3", "x", "")),
  category,
  income: fc.oneof(cents.map((c) => c / 100), fc.constantFrom<CellValue>("", "12.50", "n/a", -4)),
  expense: fc.oneof(cents.map((c) => c / 100), fc.constant<CellValue>("")),
});

describe("summary", () => {
  test("totals equal the sum over valid rows, exactly in cents", () => {
    fc.assert(fc.property(fc.array(dataRow, { maxLength: 60 }), (rows) => {
      const grid: CellValue[][] = [HEADER.slice(), ...rows.map((r, i): CellValue[] => ["X", r.qty, `C-${i}`, r.category, r.income, r.expense, ""])];
      const report = checkInventory(grid);
      const invalid = new Set(report.issues.filter((i) => i.severity === "error").map((i) => i.row));
      let income = 0;
      let expense = 0;
      let units = 0;
      let records = 0;
      grid.forEach((r, i) => {
        if (i === 0 || invalid.has(i)) return;
        records++;
        units += Number(r[1]);
        income += r[4] === "" ? 0 : Math.round(Number(r[4]) * 100);
        expense += r[5] === "" ? 0 : Math.round(Number(r[5]) * 100);
      });
      const s = summarizeByCategory(grid, undefined, report);
      expect(s.totals).toMatchObject({ records, units, income: income / 100, expense: expense / 100, net: (income - expense) / 100 });
      expect(s.countedRows).toBe(records);
      expect(s.excludedRows).toBe(invalid.size);
      expect(s.categories.reduce((n, c) => n + c.records, 0)).toBe(records);
      expect(s.categories.reduce((n, c) => n + toMinor(c.income, 2), 0)).toBe(income);
    }));
  });

  test("category order is A→Z ignoring case, (uncategorized) last, and does not depend on row order", () => {
    fc.assert(fc.property(fc.array(dataRow, { maxLength: 40 }), fc.infiniteStream(fc.double()), (rows, noise) => {
      const make = (rs: typeof rows) => [HEADER.slice(), ...rs.map((r, i): CellValue[] => ["X", 1, `C-${i}`, r.category, 1, 0, ""])];
      const order = summarizeByCategory(make(rows)).categories.map((c) => c.category.toLowerCase().replace(/\s+/g, " "));
      const shuffled = rows.map((r) => ({ r, k: noise.next().value })).sort((a, b) => a.k - b.k).map((x) => x.r);
      const again = summarizeByCategory(make(shuffled)).categories.map((c) => c.category.toLowerCase().replace(/\s+/g, " "));
      expect(again).toEqual(order);
      const named = order.filter((c) => c !== "(uncategorized)");
      expect(order.slice(0, named.length)).toEqual(named);
      for (let i = 1; i < named.length; i++) expect(named[i - 1].localeCompare(named[i], "en", { sensitivity: "base" })).toBeLessThanOrEqual(0);
    }));
  });
});

const LONG = "L".repeat(40_000);
const hostileCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "grapheme", maxLength: 8 }),
  fc.string({ unit: "binary", maxLength: 8 }),
  fc.constantFrom<CellValue>(
    "", null, undefined, true, false, "NaN", "Infinity", "-0", "1e309", "0x1F", ",", ",,,", " , ", "A,,B", "a;b|c", "A\u200bB",
    "\u0000\u0007", "🎿, 🎿", "e\u0301", "\uFEFFQty", "Qty", "Codes", "Category", "Income", LONG, `${LONG},${LONG}`, "6.37702E+15",
    ...EXCEL_ERRORS,
  ),
  fc.double(),
  fc.integer(),
  fc.constantFrom(2 ** 53 + 1, 1e15, 30104300000000, -0, Number.MIN_VALUE, Number.MAX_VALUE),
);
const hostileGrid = fc
  .tuple(fc.boolean(), fc.array(fc.array(hostileCell, { maxLength: 8 }), { maxLength: 25 }))
  .map(([header, rows]) => (header ? [["Qty", "Codes", "Category", "Income", "Expense", "Name"] as CellValue[], ...rows] : rows));

describe("hostile grids", () => {
  test("no engine function throws on cell data, and every issue names its cell", () => {
    fc.assert(fc.property(hostileGrid, (grid) => {
      const report = checkInventory(grid);
      for (const issue of report.issues) expect(issue.message.startsWith(`${toAddress(issue.row, issue.column)}: `)).toBe(true);
      const all = grid.map((_, i) => i);
      summarizeByCategory(grid, undefined, report);
      planSerialize(grid, all, undefined, report);
      planAggregate(grid, all, undefined, report);
      planFix(grid, report.issues);
      planGenerateCodes(grid, "all-missing");
      buildCodeIndex(grid).find("A");
      const s = summarizeByCategory(grid);
      expect(s.countedRows).toBe(report.rows.valid);
    }), { numRuns: 300 });
  });
});
