import { createTestHost, type SeedSheet, type TestHost } from "../host";
import { planAggregate, planSerialize, type CellValue } from "../../src/core";
import { applyAggregate, applySerialize, readInventory } from "../../src/excel";

let host: TestHost | undefined;
afterEach(() => {
  host?.uninstall();
  host = undefined;
});

function install(sheet: SeedSheet): TestHost {
  host?.uninstall();
  host = createTestHost({ sheets: [sheet], maxExcelApi: "1.19" });
  host.install();
  return host;
}

/** Serializes grid row `row` (as read); the grid rows its units then fill. */
async function serialize(row: number): Promise<number[]> {
  return Excel.run(async (context) => {
    const read = await readInventory(context);
    const plan = planSerialize(read.values, [row], { origin: read.origin });
    const { newRows } = await applySerialize(context, read, plan);
    return Array.from({ length: newRows + 1 }, (_v, i) => row + i);
  });
}

async function aggregate(rows: number[]): Promise<void> {
  await Excel.run(async (context) => {
    const read = await readInventory(context);
    await applyAggregate(context, read, planAggregate(read.values, rows, { origin: read.origin }));
  });
}

/** Runs an action expected to be refused; its message. */
async function refusal(act: () => Promise<unknown>): Promise<string> {
  const error = await act().then(() => undefined, (e: unknown) => e);
  expect(error).toMatchObject({ name: "ActionRefusedError", kind: "refused" });
  return (error as Error).message;
}

/**
 * Every cell's value and formula, and the tables. Number formats are left out: serialize and
 * aggregate give the codes cells they write the text format (sheet-change.ts), by design.
 */
function cells(h: TestHost): unknown {
  return { values: h.sheetValues("S"), formulas: h.sheetFormulas("S"), tables: h.tables("S") };
}

const HEADER = ["Name", "Quantity", "Codes", "Income"];
/** Three records, the one at grid row `poolAt` a pool of 3; a note and a formula on each record's row beside the inventory (F, G). */
function records(poolAt = 2): { values: CellValue[][]; formulas: (string | null)[][] } {
  const values: CellValue[][] = [
    [...HEADER, "", "Note", "Len"],
    ["Tent", 1, "T1", 5, "", "tent", 4],
    ["Lamp", 1, "L1", 7, "", "lamp", 4],
    ["Mat", 1, "M1", 2, "", "mat", 3],
  ];
  values[poolAt] = ["Pole", 3, "P1, P2, P3", 30, "", "poles", 4];
  const formulas = values.map((_r, i) => (i === 0 ? [] : [null, null, null, null, null, null, `=LEN(A${i + 1})`]));
  return { values, formulas };
}

describe("serialize then aggregate gives back the sheet exactly, every cell beside the inventory included", () => {
  test.each([1, 2, 3])("plain range, pool at grid row %i (first, middle, last)", async (row) => {
    // In a plain range the notes are columns of the inventory, copied to each unit (formulas there: issue 23 point 2).
    const h = install({ name: "S", values: records(row).values });
    const before = cells(h);
    const units = await serialize(row);
    expect(units).toHaveLength(3);
    expect(h.sheetValues("S")).toHaveLength(6);
    await aggregate(units);
    expect(cells(h)).toEqual(before);
  });

  test.each([
    ["a table", false, 1],
    ["a table", false, 2],
    ["a table", false, 3],
    ["a table with a totals row", true, 2],
    ["a table with a totals row", true, 3],
  ])("%s (totals row: %s), with notes beside it, pool at grid row %i", async (_name, showTotals, row) => {
    const { values, formulas } = records(row);
    const table = { name: "Stock", address: showTotals ? "A1:D5" : "A1:D4", showTotals };
    const h = install({ name: "S", values: showTotals ? [...values, ["Total", "", "", 44]] : values, formulas, tables: [table] });
    const before = cells(h);
    const units = await serialize(row);
    // Each note stays on its record's row; the units added have nothing beside them.
    expect(h.sheetValues("S").map((r) => r[5]).filter((n) => n === "poles")).toHaveLength(1);
    await aggregate(units);
    expect(cells(h)).toEqual(before);
  });

  test("a second table beside the inventory, below the rows that move, moves down and back up with them", async () => {
    const { values } = records();
    const sheet: CellValue[][] = [...values.map((r) => r.slice(0, 4)), [], ["", "", "", "", "", "Other", "Value"], ["", "", "", "", "", "x", 1]];
    const h = install({ name: "S", values: sheet, tables: [{ name: "Other", address: "F6:G7" }] });
    const before = cells(h);
    await serialize(2);
    expect(h.tables("S").find((t) => t.name === "Other")?.address).toBe("F8:G9");
    await aggregate([2, 3, 4]);
    expect(cells(h)).toEqual(before);
  });
});

describe("a move that would cut another table or lose a cell beside the inventory is refused, naming it", () => {
  /** records() with a second table F1:G4 beside the inventory, on the same rows. */
  function besideTable(): SeedSheet {
    const { values } = records();
    return { name: "S", values: values.map((r, i) => [...r.slice(0, 5), i === 0 ? "Other" : `o${i}`, i === 0 ? "More" : i]), tables: [{ name: "Other", address: "F1:G4" }] };
  }

  test("serialize into the rows of a second table beside the inventory", async () => {
    const h = install(besideTable());
    const before = h.snapshot();
    expect(await refusal(() => serialize(2))).toBe(
      "Cannot serialize: whole rows would go in or out through the middle of the table Other (F3:G3), beside the inventory. Move that table away from the inventory's rows first. Nothing was changed.",
    );
    expect(h.snapshot()).toEqual(before);
  });

  /** The inventory as a table A1:D4 whose first and last records merge, with `beside` in F:G. */
  function mergeable(beside: CellValue[][]): CellValue[][] {
    const { values } = records(2);
    values[3] = ["Tent", 1, "T2", 5];
    return values.map((r, i) => [...r.slice(0, 4), "", ...(beside[i] ?? [])]);
  }

  test("aggregate of rows that are a second table's rows", async () => {
    const values = mergeable([["Other", "More"], ["o1", 1], ["o2", 2], ["", ""], ["o4", 4]]);
    const h = install({ name: "S", values, tables: [{ name: "Stock", address: "A1:D4" }, { name: "Other", address: "F1:G5" }] });
    const before = h.snapshot();
    expect(await refusal(() => aggregate([1, 3]))).toBe(
      "Cannot aggregate: whole rows would go in or out through the middle of the table Other (F4:G4), beside the inventory. Move that table away from the inventory's rows first. Nothing was changed.",
    );
    expect(h.snapshot()).toEqual(before);
  });

  test("aggregate of rows with a value beside the table", async () => {
    const h = install({ name: "S", values: mergeable([[], [], [], ["keep me"]]), tables: [{ name: "Stock", address: "A1:D4" }] });
    const before = h.snapshot();
    expect(await refusal(() => aggregate([1, 3]))).toBe(
      "Cannot aggregate: the rows it would delete hold a value beside the inventory (F4). Move or clear it first. Nothing was changed.",
    );
    expect(h.snapshot()).toEqual(before);
  });

  test("the same rows with nothing beside them are aggregated", async () => {
    const h = install({ name: "S", values: mergeable([["Note"], ["kept"]]), tables: [{ name: "Stock", address: "A1:D4" }] });
    await aggregate([1, 3]);
    expect(h.sheetValues("S")).toEqual([[...HEADER, "", "Note"], ["Tent", 2, "T1, T2", 10, "", "kept"], ["Pole", 3, "P1, P2, P3", 30, "", ""]]);
  });
});
