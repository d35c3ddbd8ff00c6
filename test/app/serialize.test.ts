import { HEADERS, inventoryRows, textFormats, valueOf, world, type World } from "./helpers";

let w: World;
afterEach(() => w?.host.uninstall());

const tricky = ["00123", "1E5", "3-4", '=HYPERLINK("x")', "TRUE"];

function trickySheet() {
  const values = [HEADERS, ["Pole", "Ski", 5, tricky.join(","), 100.01, 20, "keep me"], ["Helmet", "Ski", 1, "H1", 5, 1, ""]];
  return { name: "Stock", values, formats: textFormats(values, [3]) };
}

test("serialize turns a pool into one row per unit, codes kept exactly as text", async () => {
  w = world([trickySheet()], { selection: "Stock!A2" });
  const result = await w.app.serializeSelection();
  expect(result).toMatchObject({ ok: true, value: { undoable: true } });
  const values = w.host.sheetValues("Stock");
  expect(values.slice(1, 6).map((r) => r[3])).toEqual(tricky);
  expect(values.slice(1, 6).map((r) => r[2])).toEqual([1, 1, 1, 1, 1]);
  // 100.01 split in cents: the first row takes the leftover cent.
  expect(values.slice(1, 6).map((r) => r[4])).toEqual([20.01, 20, 20, 20, 20]);
  expect(values.slice(1, 6).map((r) => r[6])).toEqual(Array(5).fill("keep me"));
  expect(values[6]).toEqual(["Helmet", "Ski", 1, "H1", 5, 1, ""]);
  expect(w.host.sheetFormats("Stock").slice(1, 6).map((r) => r[3])).toEqual(Array(5).fill("@"));
});

test("serialize copies formulas as Excel copies a row (relative references follow)", async () => {
  const values = [["Quantity", "Codes", "Income", "Expense", "Net"], [2, "A,B", 10, 4, 6]];
  const formulas = [[null, null, null, null, null], [null, null, null, null, "=C2-D2"]];
  w = world([{ name: "S", values, formulas }], { selection: "S!A2" });
  expect(await w.app.serializeSelection()).toMatchObject({ ok: true });
  expect(w.host.sheetFormulas("S")[1][4]).toBe("=C2-D2");
  expect(w.host.sheetFormulas("S")[2][4]).toBe("=C3-D3");
  // The host does not calculate formulas; the constants must be split.
  expect(w.host.sheetValues("S").slice(1).map((r) => r.slice(0, 4))).toEqual([
    [1, "A", 5, 2],
    [1, "B", 5, 2],
  ]);
});

test("serialize inside an Excel table grows the table, also at its last row", async () => {
  const values = [...inventoryRows(3, (i) => (i === 3 ? 3 : 1)), ["outside", "", "", "", "", "", ""]];
  w = world([{ name: "T", values: values.slice(0, 4), tables: [{ name: "Stock", address: "A1:G4" }] }], { selection: "T!C4" });
  expect(await w.app.serializeSelection()).toMatchObject({ ok: true });
  expect(w.host.tables("T")[0].address).toBe("A1:G6");
  expect(w.host.sheetValues("T").slice(1).map((r) => r[3])).toEqual(["C1", "C2", "C3", "C4", "C5"]);
});

test("serialize of 500 rows takes the same few syncs as serialize of 5", async () => {
  const run = async (selected: number): Promise<number> => {
    w = world([{ name: "S", values: inventoryRows(600, () => 3) }], { selection: `S!A2:A${1 + selected}` });
    w.host.resetStats();
    const result = await w.app.serializeSelection();
    expect(result).toMatchObject({ ok: true });
    expect(w.host.sheetValues("S").length).toBe(601 + selected * 2);
    const syncs = w.host.stats.syncs;
    w.host.uninstall();
    return syncs;
  };
  const few = await run(5);
  const many = await run(500);
  expect(many).toBe(few);
  // read (1 + 1 block) + the changing rows' formulas + check the rows + write: 5.
  expect(many).toBe(5);
});

test("several selected areas are serialized bottom-up so every address stays right", async () => {
  w = world([{ name: "S", values: inventoryRows(6, (i) => (i % 2 === 0 ? 2 : 1)) }], { selection: ["S!A3", "S!A5:A7"] });
  expect(await w.app.serializeSelection()).toMatchObject({ ok: true });
  expect(w.host.sheetValues("S").slice(1).map((r) => r[3])).toEqual(["C1", "C2", "C7", "C3", "C4", "C8", "C5", "C6", "C9"]);
});

test("a sync that fails at any step of serialize leaves the workbook exactly as before", async () => {
  for (let step = 1; step <= 4; step++) {
    w = world([trickySheet()], { selection: "Stock!A2" });
    const before = w.host.snapshot();
    w.host.failSync(step);
    const result = await w.app.serializeSelection();
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/failed/);
    expect(w.host.snapshot()).toEqual(before);
    w.host.uninstall();
  }
});

test("a write batch that fails after any of its operations (Excel keeps the ones before) is rolled back exactly", async () => {
  const values = [HEADERS, ["Pole", "Ski", 3, "P1", 30, 3, "n"], ["Cap", "Ski", 1, "K1", 1, 0, ""], ["Helm", "Ski", 2, "H1,H2", 20, 2, ""], ["End", "Ski", 1, "E1", 1, 0, ""]];
  const isWrite = (operations: string[]): boolean => operations.includes("Range.insert");
  let count = 0;
  w = world([{ name: "S", values }], { selection: "S!A2:A4" });
  w.host.failSync(({ operations }) => {
    if (isWrite(operations)) count = operations.length;
    return false;
  });
  expect(await w.app.serializeSelection()).toMatchObject({ ok: true });
  w.host.uninstall();
  expect(count).toBeGreaterThan(10);
  for (let applied = 1; applied < count; applied++) {
    w = world([{ name: "S", values }], { selection: "S!A2:A4" });
    const before = w.host.snapshot();
    w.host.failSync(({ operations }) => isWrite(operations), "GeneralException", { afterOperations: applied });
    expect(await w.app.serializeSelection()).toMatchObject({ ok: false, message: expect.stringMatching(/Nothing was changed/) });
    expect(w.host.snapshot()).toEqual(before);
    w.host.uninstall();
  }
});

test("rollback and Undo keep text that Excel would convert in General cells (typed with an apostrophe)", async () => {
  // Range.formulas drops the apostrophe of '00123 (office-js#6687): written back as is, it would become 123.
  const texts = ["00123", "=1+1", "TRUE", "3-4", "'quoted"];
  const values = [HEADERS, [texts[4], texts[1], 2, "P1,P2", 10, 2, texts[0]], ["Helmet", texts[3], 2, "H1,H2", 5, 1, texts[2]], ["Cap", "Ski", 1, "K1", 1, 0, "00123"]];
  const seed = () => world([{ name: "Stock", values }], { selection: "Stock!A2:A3", maxExcelApi: "1.19" });
  w = seed();
  const before = w.host.snapshot();
  w.host.failSync(4);
  expect((await w.app.serializeSelection()).ok).toBe(false);
  expect(w.host.snapshot()).toEqual(before);
  w.host.uninstall();

  w = seed();
  expect(await w.app.serializeSelection()).toMatchObject({ ok: true });
  expect(await w.app.undo()).toMatchObject({ ok: true });
  expect(w.host.snapshot()).toEqual(before);
});

test("the pane's Undo restores serialize exactly, and refuses once the sheet changed", async () => {
  w = world([trickySheet()], { selection: "Stock!A2", maxExcelApi: "1.19" });
  const before = w.host.snapshot();
  const done = await w.app.serializeSelection();
  expect(done).toMatchObject({ ok: true, value: { excelUndo: false, undoable: true } });
  expect(w.app.canUndo()).toBe(true);
  expect(await w.app.undo()).toMatchObject({ ok: true });
  expect(w.host.snapshot()).toEqual(before);
  expect(w.app.canUndo()).toBe(false);

  await w.app.serializeSelection();
  w.host.userEdit("Stock", "G3", [["changed"]]);
  const refused = await w.app.undo();
  expect(refused).toMatchObject({ ok: false, kind: "changed-meanwhile" });
  expect(w.host.sheetValues("Stock")[2][6]).toBe("changed");
});

test("Undo clicked while another sheet is active goes back to the inventory and restores the selection", async () => {
  w = world([trickySheet(), { name: "Other" }], { selection: ["Stock!A2", "Stock!C3"], maxExcelApi: "1.19" });
  const before = w.host.snapshot();
  expect(await w.app.serializeSelection()).toMatchObject({ ok: true });
  w.host.userSelect("Other!B2");
  expect(await w.app.undo()).toMatchObject({ ok: true });
  expect(w.host.activeSheet()).toBe("Stock");
  expect(w.host.selection()).toEqual(["Stock!A2", "Stock!C3"]);
  expect(w.host.sheetValues("Stock")).toEqual(before.sheets.find((s) => s.name === "Stock")?.values);
});

test("an Undo whose restore fails never claims that nothing was changed", async () => {
  w = world([trickySheet()], { selection: "Stock!A2", maxExcelApi: "1.19" });
  expect(await w.app.serializeSelection()).toMatchObject({ ok: true });
  // Excel stops the restore batch after its first row deletion.
  w.host.failSync(({ operations }) => operations.includes("Range.delete"), "GeneralException", { afterOperations: 4 });
  const result = await w.app.undo();
  expect(result).toMatchObject({ ok: false, kind: "failed" });
  if (!result.ok) {
    expect(result.message).toMatch(/^Removing the added rows failed: .*check the sheet/);
    expect(result.message).not.toMatch(/Nothing was changed/);
  }
});

test("with ExcelApi 1.20 the action runs as one undo group", async () => {
  w = world([trickySheet()], { selection: "Stock!A2", maxExcelApi: "1.20" });
  const done = await w.app.serializeSelection();
  expect(done).toMatchObject({ ok: true, value: { excelUndo: true } });
  expect(w.host.stats.mergeUndoGroupRuns).toBe(1);
});

test("a protected sheet gets a message and no change", async () => {
  w = world([{ ...trickySheet(), protected: true }], { selection: "Stock!A2" });
  const before = w.host.snapshot();
  const result = await w.app.serializeSelection();
  expect(result).toMatchObject({ ok: false, kind: "protected" });
  if (!result.ok) expect(result.message).toMatch(/protected/i);
  expect(w.host.snapshot()).toEqual(before);
});

test("cell-edit mode gets a message and no change", async () => {
  w = world([trickySheet()], { selection: "Stock!A2" });
  const before = w.host.snapshot();
  w.host.setCellEditMode(true);
  const result = await w.app.serializeSelection();
  expect(result).toMatchObject({ ok: false, kind: "cell-edit-mode" });
  if (!result.ok) expect(result.message).toMatch(/Press Enter or Esc/);
  w.host.setCellEditMode(false);
  expect(w.host.snapshot()).toEqual(before);
});

test("a chart or shape selected instead of cells gets plain words, not a bare error code", async () => {
  // Excel refuses getSelectedRanges while a chart is selected (InvalidSelection, office-js#2268).
  w = world([trickySheet()], { selection: "Stock!A2" });
  w.host.failSync(1, "InvalidSelection");
  const result = await w.app.serializeSelection();
  expect(result).toMatchObject({ ok: false, kind: "failed" });
  if (!result.ok) expect(result.message).toMatch(/chart, shape or picture is selected.*Nothing was changed/);
});

test("rows with errors are refused with the reason and the address", async () => {
  const values = [HEADERS, ["Pole", "Ski", 2.5, "A", 1, 1, ""]];
  w = world([{ name: "S", values }], { selection: "S!A2" });
  const result = await w.app.serializeSelection();
  expect(result).toMatchObject({ ok: false, kind: "refused" });
  if (!result.ok) expect(result.refused?.[0]).toMatchObject({ row: 1, address: "S!A2" });
});

test("preview lists the new rows and generated codes without changing anything", async () => {
  w = world([{ name: "S", values: [HEADERS, ["Pole", "Ski", 3, "P", 3, 0, ""]] }], { selection: "S!B2" });
  const before = w.host.snapshot();
  const preview = valueOf(await w.app.previewSerialize());
  expect(preview).toMatchObject({ rowsAffected: 1, newRows: 2, generatedCodes: ["P-2", "P-3"], needsConfirmation: false });
  expect(w.host.snapshot()).toEqual(before);
});

test("when Excel cannot group the batch into one undo step, the action runs again ungrouped", async () => {
  w = world([trickySheet()], { selection: "Stock!A2", maxExcelApi: "1.20" });
  w.host.failSync(4, "UndoNotSupported");
  const result = await w.app.serializeSelection();
  expect(result).toMatchObject({ ok: true, value: { excelUndo: false, undoable: true } });
  expect(w.host.sheetValues("Stock").slice(1, 6).map((r) => r[3])).toEqual(tricky);
  expect(w.host.stats.runs).toBe(2);
});

test("an action cancelled before its first write changes nothing", async () => {
  w = world([trickySheet()], { selection: "Stock!A2" });
  const before = w.host.snapshot();
  const controller = new AbortController();
  controller.abort();
  expect(await w.app.serializeSelection({ signal: controller.signal })).toMatchObject({ ok: false, kind: "cancelled" });
  expect(w.host.snapshot()).toEqual(before);
});

test("a sheet changed between the read and the write is refused with no change", async () => {
  w = world([trickySheet()], { selection: "Stock!A2" });
  // The user types into the row while the add-in reads: after the block read, before the check.
  let edited = false;
  w.host.failSync(({ index }) => {
    if (index === 3 && !edited) {
      edited = true;
      w.host.userEdit("Stock", "G2", [["typed meanwhile"]]);
    }
    return false;
  });
  const result = await w.app.serializeSelection();
  expect(result).toMatchObject({ ok: false, kind: "changed-meanwhile" });
  expect(w.host.sheetValues("Stock")[1][6]).toBe("typed meanwhile");
  expect(w.host.sheetValues("Stock")).toHaveLength(3);
});

test("serialize works when the inventory starts below title rows and right of column A", async () => {
  const values = [
    [null, "Ski rental — stock"],
    [],
    [null, "Quantity", "Codes", "Income"],
    [null, 2, "A1", 9.99],
    [null, 1, "B1", 1],
  ];
  w = world([{ name: "S", values }], { selection: "S!C4" });
  expect(await w.app.serializeSelection()).toMatchObject({ ok: true });
  expect(w.host.sheetValues("S").slice(3)).toEqual([
    ["", 1, "A1", 5],
    ["", 1, "A2", 4.99],
    ["", 1, "B1", 1],
  ]);
  expect(w.host.sheetValues("S")[0][1]).toBe("Ski rental — stock");
});

describe("a total under the inventory keeps every cent of a serialized row", () => {
  // Title, header on row 3, data on rows 4–7, a Total row 9 with =SUM(E4:E7) (income 30+20+10+30 = 90).
  function totalSheet() {
    const data = [
      ["Pole", "Ski", 3, "P1", 30, 3, ""],
      ["Boot", "Ski", 2, "B1,B2", 20, 2, ""],
      ["Helmet", "Ski", 1, "H1", 10, 1, ""],
      ["Jacket", "Ski", 3, "J1", 30, 3, ""],
    ];
    const values = [["Stock list", "", "", "", "", "", ""], ["", "", "", "", "", "", ""], HEADERS, ...data, ["", "", "", "", "", "", ""], ["Total", "", "", "", "", "", ""]];
    const formulas = values.map((r, i) => r.map((_v, c) => (i === 8 && c === 4 ? "=SUM(E4:E7)" : null)));
    return { name: "Stock", values, formulas, formats: textFormats(values, [3]) };
  }
  const totalOf = (formulas: (string | null)[][]) => formulas.flatMap((r) => r).filter((f) => /SUM/.test(String(f)));
  const income = (values: unknown[][], from: number, to: number) => values.slice(from - 1, to).map((r) => r[4]);

  test.each([
    ["the last data row (new rows inside the range, not under it)", "Stock!A7", 7, [30, 20, 10, 10, 10, 10]],
    ["the first data row (new rows below it, inside the range)", "Stock!A4", 4, [10, 10, 10, 20, 10, 30]],
  ])("serializing %s grows SUM(E4:E7) to SUM(E4:E9); undo puts it back", async (_label, selection, _row, incomes) => {
    w = world([totalSheet()], { selection });
    expect(await w.app.serializeSelection()).toMatchObject({ ok: true });
    const values = w.host.sheetValues("Stock");
    const formulas = w.host.sheetFormulas("Stock");
    expect(totalOf(formulas)).toEqual(["=SUM(E4:E9)"]);
    expect(formulas[10][4]).toBe("=SUM(E4:E9)"); // the Total row moved from 9 to 11
    expect(values[10][0]).toBe("Total");
    expect(income(values, 4, 9)).toEqual(incomes);
    const total = (incomes as number[]).reduce((a, b) => a + b, 0);
    expect(total).toBe(90);
    expect(values[10][4]).toBe(90); // the host evaluates SUM
    expect(await w.app.undo()).toMatchObject({ ok: true });
    expect(w.host.sheetFormulas("Stock")[8][4]).toBe("=SUM(E4:E7)");
    expect(w.host.sheetValues("Stock")).toHaveLength(9);
  });
});

test("the preview's generated codes continue the pool's own numbering (POLE-01, POLE-02 → POLE-03 …)", async () => {
  const values = [HEADERS, ["Pole", "Ski", 5, "POLE-01, POLE-02", 5, 0, ""], ["Pole", "Ski", 1, "POLE-04", 1, 0, ""]];
  w = world([{ name: "S", values }], { selection: "S!A2" });
  const preview = valueOf(await w.app.previewSerialize());
  expect(preview.generatedCodes).toEqual(["POLE-03", "POLE-05", "POLE-06"]);
});

test("a pool without codes serializes with codes from the settings' prefix, written as text", async () => {
  const values = [HEADERS, ["Glove", "Ski", 3, "", 9, 0, ""], ["Hat", "Ski", 1, "ITEM-0041", 1, 0, ""]];
  w = world([{ name: "S", values }], { selection: "S!A2" });
  expect(valueOf(await w.app.previewSerialize()).generatedCodes).toEqual(["ITEM-0042", "ITEM-0043", "ITEM-0044"]);
  expect(await w.app.serializeSelection()).toMatchObject({ ok: true });
  expect(w.host.sheetValues("S").slice(1).map((r) => r.slice(2, 5))).toEqual([[1, "ITEM-0042", 3], [1, "ITEM-0043", 3], [1, "ITEM-0044", 3], [1, "ITEM-0041", 1]]);
  expect(w.host.sheetFormats("S").slice(1, 4).map((r) => r[3])).toEqual(["@", "@", "@"]);
});
