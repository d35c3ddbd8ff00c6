import type { SeedSheet } from "../host";
import { HEADERS, valueOf, world, type World } from "./helpers";

let w: World;
afterEach(() => w?.host.uninstall());

function units() {
  return {
    name: "S",
    values: [
      HEADERS,
      ["Pole", "Ski", 1, "P-1", 10.01, 1, "n"],
      ["Helmet", "Ski", 1, "H-1", 3, 0, ""],
      ["Pole", "Ski", 1, "P-2", 10, 1, "n"],
      ["Pole", "Ski", 1, "P-3", 10, 1, "n"],
      ["Last", "Ski", 1, "L-1", 1, 0, ""],
    ],
  };
}

test("aggregate writes the merged row at the first row and deletes the others", async () => {
  w = world([units()], { selection: ["S!A2", "S!A4:A5"] });
  const result = await w.app.aggregateSelection();
  expect(result).toMatchObject({ ok: true, value: { undoable: true } });
  expect(w.host.sheetValues("S").slice(1)).toEqual([
    ["Pole", "Ski", 3, "P-1, P-2, P-3", 30.01, 3, "n"],
    ["Helmet", "Ski", 1, "H-1", 3, 0, ""],
    ["Last", "Ski", 1, "L-1", 1, 0, ""],
  ]);
});

test("a sync that fails at any step of aggregate leaves the workbook exactly as before", async () => {
  for (let step = 1; step <= 4; step++) {
    // RangeAreas.select (ExcelApi 1.18) puts both areas back; older versions reselect the first (tested below).
    w = world([units()], { selection: ["S!A2", "S!A4:A5"], maxExcelApi: "1.20" });
    const before = w.host.snapshot();
    w.host.failSync(step);
    expect((await w.app.aggregateSelection()).ok).toBe(false);
    expect(w.host.snapshot()).toEqual(before);
    w.host.uninstall();
  }
});

/**
 * Fails the write batch after each of its operations in turn (Excel keeps the ones before
 * the failing one) and expects the workbook exactly as before every time.
 */
async function expectRollbackAfterEveryOperation(sheet: () => SeedSheet, selection: string, done: RegExp, minOperations: number) {
  const isWrite = (operations: string[]): boolean => operations.includes("Range.delete");
  let count = 0;
  w = world([sheet()], { selection });
  w.host.failSync(({ operations }) => {
    if (isWrite(operations)) count = operations.length;
    return false;
  });
  expect(await w.app.aggregateSelection()).toMatchObject({ ok: true, value: { message: expect.stringMatching(done) } });
  w.host.uninstall();
  expect(count).toBeGreaterThan(minOperations);
  for (let applied = 1; applied < count; applied++) {
    w = world([sheet()], { selection });
    const before = w.host.snapshot();
    w.host.failSync(({ operations }) => isWrite(operations), "GeneralException", { afterOperations: applied });
    expect(await w.app.aggregateSelection()).toMatchObject({ ok: false, message: expect.stringMatching(/Nothing was changed/) });
    expect(w.host.snapshot()).toEqual(before);
    w.host.uninstall();
  }
}

test("a write batch that fails after any of its operations (Excel keeps the ones before) is rolled back exactly", async () => {
  // Two groups with separate deletions, so a failure can fall between them.
  const sheet = () => {
    const s = units();
    s.values = [...s.values, ["Helmet", "Ski", 1, "H-2", 3, 0, ""]];
    return s;
  };
  await expectRollbackAfterEveryOperation(sheet, "S!A2:A7", /into 2 rows/, 10);
});

test("the pane's Undo puts the deleted rows back exactly", async () => {
  const sheet = units();
  sheet.values = [sheet.values[0], sheet.values[1], sheet.values[3], sheet.values[4], sheet.values[2], sheet.values[5]];
  w = world([sheet], { selection: "S!B2:B4", maxExcelApi: "1.19" });
  const before = w.host.snapshot();
  expect(await w.app.aggregateSelection()).toMatchObject({ ok: true, value: { excelUndo: false } });
  expect(await w.app.undo()).toMatchObject({ ok: true });
  expect(w.host.snapshot()).toEqual(before);
});

const YELLOW = { fill: "#FFFF00" };

/** units() plus H-2, with styles that differ from their group's first row: P-2 yellow with a bold code, H-2 with a red code. */
function styledUnits(): SeedSheet {
  const sheet = units();
  const values = [...sheet.values, ["Helmet", "Ski", 1, "H-2", 3, 0, ""]];
  const p2 = [YELLOW, YELLOW, YELLOW, { ...YELLOW, bold: true }, YELLOW, YELLOW, YELLOW];
  const h2 = [null, null, null, { fontColor: "#FF0000" }];
  return { ...sheet, values, styles: [[], [], [], p2, [], [], h2] };
}

test("the pane's Undo gives a deleted row its own fill and bold back, not its group's first row's", async () => {
  w = world([styledUnits()], { selection: ["S!A2", "S!A4:A5"], maxExcelApi: "1.19" });
  const before = w.host.snapshot();
  expect(await w.app.aggregateSelection()).toMatchObject({ ok: true, value: { excelUndo: false } });
  expect(w.host.snapshot().sheets[0].styles.flat().filter(Boolean)).toEqual([{ fontColor: "#FF0000" }]);
  expect(await w.app.undo()).toMatchObject({ ok: true });
  expect(w.host.snapshot()).toEqual(before);
});

test("the styles load in the same sync as the rows' snapshot: no extra sync", async () => {
  w = world([styledUnits()], { selection: ["S!A2", "S!A4:A5"] });
  const syncs: string[][] = [];
  w.host.failSync(({ operations }) => {
    syncs.push(operations);
    return false;
  });
  expect(await w.app.aggregateSelection()).toMatchObject({ ok: true });
  const styled = syncs.filter((ops) => ops.includes("Range.getCellProperties"));
  expect(styled).toHaveLength(1);
  expect(styled[0].some((op) => op.startsWith("Range.load") && op.includes("formulas"))).toBe(true);
});

test("a failed write batch puts each deleted row's own styles back", async () => {
  await expectRollbackAfterEveryOperation(styledUnits, "S!A2:A7", /into 2 rows/, 10);
});

test("Undo of an aggregate in a table gives the deleted rows their styles back", async () => {
  const sheet = styledUnits();
  w = world([{ ...sheet, tables: [{ name: "Stock", address: "A1:G7" }] }], { selection: "S!A2:A7", maxExcelApi: "1.19" });
  const before = w.host.snapshot();
  expect(await w.app.aggregateSelection()).toMatchObject({ ok: true, value: { excelUndo: false } });
  expect(await w.app.undo()).toMatchObject({ ok: true });
  expect(w.host.snapshot()).toEqual(before);
});

test("rows that differ in another column are not merged, and the column is named", async () => {
  const values = [HEADERS, ["Pole", "Ski", 1, "P-1", 1, 0, "a"], ["Pole", "Ski", 1, "P-2", 1, 0, "b"]];
  w = world([{ name: "S", values }], { selection: "S!A2:A3" });
  const before = w.host.snapshot();
  const preview = valueOf(await w.app.previewAggregate());
  expect(preview.refused.some((r) => (r.columns ?? []).includes("Notes"))).toBe(true);
  expect((await w.app.aggregateSelection()).ok).toBe(false);
  expect(w.host.snapshot()).toEqual(before);
});

/** units() as an Excel table A1:G6, with the user's own notes in column I, beside the table (none beside the rows aggregate deletes by default). */
function unitsBesideNotes(notes = ["Checked by", "Ann", "Bob", "", "", "Eve"]) {
  const sheet = units();
  return { ...sheet, values: sheet.values.map((row, r) => [...row, "", notes[r]]), tables: [{ name: "Stock", address: "A1:G6" }] };
}

test("aggregate in an Excel table deletes whole rows: each note beside the table stays beside its record", async () => {
  w = world([unitsBesideNotes()], { selection: ["S!A2", "S!A4:A5"] });
  expect(await w.app.aggregateSelection()).toMatchObject({ ok: true });
  const values = w.host.sheetValues("S");
  expect(values.map((row) => row[8])).toEqual(["Checked by", "Ann", "Bob", "Eve"]);
  expect(values.slice(1, 4).map((row) => row[3])).toEqual(["P-1, P-2, P-3", "H-1", "L-1"]);
  expect(w.host.tables("S")[0].address).toBe("A1:G4");
});

test("aggregate refuses to delete rows that hold notes beside the table, naming the cells", async () => {
  w = world([unitsBesideNotes(["Checked by", "Ann", "Bob", "Cem", "Dee", "Eve"])], { selection: ["S!A2", "S!A4:A5"] });
  const before = w.host.snapshot();
  const result = await w.app.aggregateSelection();
  expect(result).toMatchObject({ ok: false, kind: "refused" });
  expect(result.ok ? "" : result.message).toBe(
    "Cannot aggregate: the rows it would delete hold 2 values beside the inventory (I4, I5). Move or clear them first. Nothing was changed.",
  );
  expect(w.host.snapshot()).toEqual(before);
});

test("Undo of an aggregate in a table with data beside it gives back the sheet exactly", async () => {
  w = world([unitsBesideNotes()], { selection: ["S!A2", "S!A4:A5"], maxExcelApi: "1.19" });
  const before = w.host.snapshot();
  expect(await w.app.aggregateSelection()).toMatchObject({ ok: true, value: { excelUndo: false } });
  expect(await w.app.undo()).toMatchObject({ ok: true });
  expect(w.host.snapshot()).toEqual(before);
});

test("in a table, a write batch that fails after any of its operations is rolled back exactly", async () => {
  await expectRollbackAfterEveryOperation(unitsBesideNotes, "S!A2:A6", /into 1 row\b/, 3);
});

test("Undo of an aggregate that removed a table's last rows gives the table its rows back", async () => {
  const sheet = units();
  // The pole units are the last three rows of the table; a total sits under it.
  const values = [sheet.values[0], sheet.values[2], sheet.values[5], sheet.values[1], sheet.values[3], sheet.values[4], ["", "", "", "", "=SUM(E2:E6)", "", ""]];
  w = world([{ name: "S", values, tables: [{ name: "Stock", address: "A1:G6" }] }], { selection: "S!A4:A6", maxExcelApi: "1.19" });
  const before = w.host.snapshot();
  expect(await w.app.aggregateSelection()).toMatchObject({ ok: true });
  expect(w.host.tables("S")[0].address).toBe("A1:G4");
  expect(await w.app.undo()).toMatchObject({ ok: true });
  expect(w.host.tables("S")[0].address).toBe("A1:G6");
  expect(w.host.snapshot()).toEqual(before);
});

test("aggregate inside an Excel table shrinks the table", async () => {
  const sheet = units();
  w = world([{ ...sheet, tables: [{ name: "Stock", address: "A1:G6" }] }], { selection: ["S!A2", "S!A4:A5"] });
  expect(await w.app.aggregateSelection()).toMatchObject({ ok: true });
  expect(w.host.tables("S")[0].address).toBe("A1:G4");
  expect(w.host.sheetValues("S")[1].slice(2, 4)).toEqual([3, "P-1, P-2, P-3"]);
});

test("units that each carry a VIN and a plate are not merged: the refusal list names the rows and says why", async () => {
  const values = [HEADERS, ["Car", "Fleet", 1, "VIN1, PLATE1", 100, 10, ""], ["Car", "Fleet", 1, "VIN2, PLATE2", 100, 10, ""]];
  w = world([{ name: "S", values }], { selection: "S!A2:A3" });
  const before = w.host.snapshot();
  const preview = valueOf(await w.app.previewAggregate());
  const reason = "2 rows (2, 3) are units with more than one code each: a pooled row could not say which codes belong to which unit, so the rows are not merged";
  expect(preview.groups).toBe(0);
  expect(preview.refused.map((r) => [r.address, r.reason])).toEqual([["S!A2", reason], ["S!A3", reason]]);
  const result = await w.app.aggregateSelection();
  expect(result).toMatchObject({ ok: false, kind: "refused", message: "The selected rows cannot be merged." });
  if (!result.ok) expect(result.refused?.map((r) => r.reason)).toEqual([reason, reason]);
  expect(w.host.snapshot()).toEqual(before);
});

test("Undo of a multi-area aggregate restores the sheet below ExcelApi 1.18 (RangeAreas.select), reselecting the first area", async () => {
  for (const maxExcelApi of ["1.14", "1.17"]) {
    w = world([units()], { selection: ["S!A2", "S!A4:A5"], maxExcelApi });
    const before = w.host.snapshot();
    expect(await w.app.aggregateSelection()).toMatchObject({ ok: true, value: { excelUndo: false } });
    expect(await w.app.undo()).toMatchObject({ ok: true });
    expect({ ...w.host.snapshot(), selection: before.selection }).toEqual(before);
    expect(w.host.selection()).toEqual(["S!A2"]);
    w.host.uninstall();
  }
});

test("with ExcelApi 1.18 the pane's Undo reselects every area of a multi-area aggregate", async () => {
  w = world([units()], { selection: ["S!A2", "S!A4:A5"], maxExcelApi: "1.18" });
  const before = w.host.snapshot();
  await w.app.aggregateSelection();
  expect(await w.app.undo()).toMatchObject({ ok: true });
  expect(w.host.snapshot()).toEqual(before);
});
