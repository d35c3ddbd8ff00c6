import fc from "fast-check";
import { StocktakeSession, type CellValue } from "../../src/core";
import { row, table } from "./helpers";

/** A small inventory of units, code-per-unit pools, shared-code pools, duplicates and a bad row. */
const gridArb = fc.array(
  fc.record({ qty: fc.oneof(fc.constant<CellValue>(1), fc.integer({ min: 0, max: 4 }), fc.constant<CellValue>(2.5)), codes: fc.integer({ min: 1, max: 3 }), base: fc.integer({ min: 0, max: 12 }) }),
  { minLength: 1, maxLength: 8 },
).map((rows) => table(...rows.map((r) => row({ B: r.qty, C: Array.from({ length: r.codes }, (_, i) => `C${r.base + i}`).join(", ") }))));

/** Scans drawn from the codes in use, unknown ones, and blank ones, with scanner noise. */
const scansArb = fc.array(fc.oneof(fc.integer({ min: 0, max: 15 }).map((n) => `C${n}`), fc.constantFrom("", "\r\n", " c1\t", "X")), { maxLength: 40 });

test("counted + missing = expected for every record and category; the matched scans are the units counted", () => {
  fc.assert(fc.property(gridArb, scansArb, (grid, scans) => {
    const session = StocktakeSession.start(grid);
    const matched = scans.map((s) => session.scan(s)).filter((s) => s.outcome.kind === "matched").length;
    const result = session.result();
    for (const r of [...result.records, ...result.categories]) {
      expect(r.counted + r.missing).toBe(r.expected);
      expect(r.counted).toBeGreaterThanOrEqual(0);
      expect(r.missing).toBeGreaterThanOrEqual(0);
    }
    expect(result.records.reduce((n, r) => n + r.counted, 0)).toBe(matched);
    expect(result.missingUnits).toBe(result.records.reduce((n, r) => n + r.missing, 0));
    expect(session.totals()).toEqual({ expected: result.records.reduce((n, r) => n + r.expected, 0), counted: matched, missing: result.missingUnits });
  }));
});

test("undo restores the previous result exactly, however far back", () => {
  fc.assert(fc.property(gridArb, scansArb, fc.nat(), (grid, scans, back) => {
    const session = StocktakeSession.start(grid);
    const before = [session.result()];
    for (const s of scans) {
      session.scan(s);
      before.push(session.result());
    }
    const steps = scans.length === 0 ? 0 : back % (scans.length + 1);
    for (let i = 0; i < steps; i++) session.undo();
    expect(session.result()).toEqual(before[scans.length - steps]);
  }));
});
