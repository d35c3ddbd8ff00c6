import { SUMMARY_HEADERS } from "../../src/core";
import { SUMMARY_IDS_KEY } from "../../src/excel";
import { HEADERS, inventoryRows, valueOf, world, type World } from "./helpers";

let w: World;
afterEach(() => w?.host.uninstall());

function stock() {
  return {
    name: "Stock",
    values: [
      HEADERS,
      ["Pole", "=1+1", 4, "P1,P2", 40, 10, ""],
      ["Car", "Cars", 1, "VIN1", 1000, 250.5, ""],
      ["Bad", "Cars", 2.5, "B1", 1, 1, ""],
    ],
    formats: [[], ["", "@", "", "", "€#,##0.00"], ["", "", "", "", "€#,##0.00"]],
  };
}

test("summary: title block, a table with a totals row, formats, a clustered column chart", async () => {
  w = world([stock()]);
  const result = await w.app.summarize();
  expect(result).toMatchObject({ ok: true });
  const out = valueOf(result);
  expect(out.sheetName).toBe("Inventory summary");
  const v = w.host.sheetValues("Inventory summary");
  expect(v[0][0]).toBe("Inventory summary");
  expect(v[1].slice(0, 2)).toEqual(["Source sheet", "Stock"]);
  expect(v[2].slice(0, 2)).toEqual(["Rows counted", 2]);
  expect(v[3].slice(0, 2)).toEqual(["Rows excluded (errors)", 1]);
  expect(v[6]).toEqual([...SUMMARY_HEADERS]);
  // A→Z, case-insensitive: "=1+1" sorts before "Cars", and stays text.
  expect(v[7].slice(0, 3)).toEqual(["=1+1", 40, 10]);
  expect(v[8].slice(0, 3)).toEqual(["Cars", 1000, 250.5]);
  expect(v[9].slice(0, 4)).toEqual(["Total", 1040, 260.5, 779.5]);
  const f = w.host.sheetFormats("Inventory summary");
  expect(f[7][1]).toBe("€#,##0.00");
  expect(f[7][4]).toBe("0.0%");
  expect(String(w.host.sheetFormulas("Inventory summary")[7][0] ?? "")).not.toMatch(/^=/);
  const tables = w.host.tables("Inventory summary");
  expect(tables).toHaveLength(1);
  expect(tables[0]).toMatchObject({ address: "A7:J10", showTotals: true });
  const charts = w.host.charts("Inventory summary");
  expect(charts).toHaveLength(1);
  expect(charts[0].type).toBe("ColumnClustered");
  expect(charts[0].source).toMatch(/A7:C9$/);
});

test("rerunning the summary replaces it: one table, one chart, same sheet name", async () => {
  w = world([stock()], { maxExcelApi: "1.20" });
  await w.app.summarize();
  w.host.userEdit("Stock", "E3", [[2000]]);
  const again = await w.app.summarize();
  // Replacing the report deletes and renames sheets: ungrouped, and the message says Ctrl+Z cannot undo it.
  expect(again).toEqual({
    ok: true,
    value: expect.objectContaining({ message: expect.stringMatching(/^Updated.*Excel cannot undo replacing a report/), undoable: false, excelUndo: false }),
  });
  expect(valueOf(again).sheetName).toBe("Inventory summary");
  expect(w.host.sheetNames().filter((n) => n.startsWith("Inventory summary"))).toEqual(["Inventory summary"]);
  expect(w.host.tables("Inventory summary")).toHaveLength(1);
  expect(w.host.charts("Inventory summary")).toHaveLength(1);
  expect(w.host.sheetValues("Inventory summary")[8][1]).toBe(2000);
});

test("a rerun keeps the report's tab where it was among the sheets", async () => {
  w = world([stock(), { name: "Notes", values: [["n"]] }]);
  await w.app.summarize();
  expect(w.host.sheetNames()).toEqual(["Stock", "Notes", "Inventory summary"]);
  // The operator drags the report's tab next to the inventory.
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Inventory summary").position = 1;
    await context.sync();
  });
  expect(w.host.sheetNames()).toEqual(["Stock", "Inventory summary", "Notes"]);
  expect((await w.app.summarize()).ok).toBe(true);
  expect(w.host.sheetNames()).toEqual(["Stock", "Inventory summary", "Notes"]);
});

test("a user's own sheet named Inventory summary is never touched", async () => {
  const mine = { name: "Inventory summary", values: [["my notes"]] };
  w = world([stock(), mine]);
  const out = valueOf(await w.app.summarize());
  expect(out.sheetName).toBe("Inventory summary (2)");
  expect(w.host.sheetValues("Inventory summary")).toEqual([["my notes"]]);
  await w.app.summarize();
  expect(w.host.sheetValues("Inventory summary")).toEqual([["my notes"]]);
  expect(w.host.sheetNames()).toEqual(["Stock", "Inventory summary", "Inventory summary (2)"]);
});

test("a stale sheet id in the settings never makes a user's sheet ours where custom properties exist", async () => {
  // Worksheet ids can change between sessions, so an id stored for an old report may now name a user's sheet.
  const mine = { name: "Inventory summary", values: [["my notes"]] };
  w = world([stock(), mine], { maxExcelApi: "1.12" });
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Inventory summary").load("id");
    await context.sync();
    context.workbook.settings.add(SUMMARY_IDS_KEY, { [sheet.id]: "Stock" });
    await context.sync();
  });
  const out = valueOf(await w.app.summarize());
  expect(out.sheetName).toBe("Inventory summary (2)");
  expect(w.host.sheetValues("Inventory summary")).toEqual([["my notes"]]);
  // Actions run from that sheet act on it, not on the inventory the stale id pointed to.
  w.host.userSelect("'Inventory summary'!A1");
  expect(valueOf(await w.app.check()).sheetName).toBe("Inventory summary");
});

test("without custom properties (ExcelApi < 1.12) the sheet is recognised by its id in the settings", async () => {
  w = world([stock()], { maxExcelApi: "1.11" });
  await w.app.summarize();
  expect(w.host.customProperties("Inventory summary")).toEqual({});
  const again = valueOf(await w.app.summarize());
  expect(again.sheetName).toBe("Inventory summary");
  expect(w.host.sheetNames()).toEqual(["Stock", "Inventory summary"]);
});

test("the summary takes a small constant number of syncs", async () => {
  const count = async (rows: number): Promise<number> => {
    w = world([{ name: "Stock", values: inventoryRows(rows) }]);
    w.host.resetStats();
    expect((await w.app.summarize()).ok).toBe(true);
    const n = w.host.stats.syncs;
    w.host.uninstall();
    return n;
  };
  const small = await count(10);
  expect(await count(5000)).toBe(small);
  expect(small).toBeLessThanOrEqual(6);
});

test("a sync that fails at any step of the summary leaves the workbook exactly as before", async () => {
  for (const rerun of [false, true]) {
    w = world([stock()]);
    if (rerun) await w.app.summarize();
    w.host.resetStats();
    expect((await w.app.summarize()).ok).toBe(true);
    const steps = w.host.stats.syncs;
    w.host.uninstall();
    expect(steps).toBeGreaterThanOrEqual(4);
    for (let step = 1; step <= steps; step++) {
      w = world([stock()]);
      if (rerun) await w.app.summarize();
      const before = w.host.snapshot();
      w.host.failSync(step);
      const out = await w.app.summarize();
      expect(out).toMatchObject({ ok: false, message: expect.stringMatching(/failed/) });
      expect(w.host.snapshot()).toEqual(before);
      w.host.uninstall();
    }
  }
});

test("a build that fails part-way (Excel keeps the operations before the failing one) leaves no half-built sheet", async () => {
  const isBuild = (operations: string[]): boolean => operations.some((o) => o.startsWith("WorksheetCollection.add("));
  let count = 0;
  w = world([stock()]);
  w.host.failSync(({ operations }) => {
    if (isBuild(operations)) count = operations.length;
    return false;
  });
  expect((await w.app.summarize()).ok).toBe(true);
  w.host.uninstall();
  expect(count).toBeGreaterThan(5);
  for (const applied of [1, 2, Math.floor(count / 2), count - 1]) {
    w = world([stock()]);
    const before = w.host.snapshot();
    w.host.failSync(({ operations }) => isBuild(operations), "GeneralException", { afterOperations: applied });
    const out = await w.app.summarize();
    expect(out).toMatchObject({ ok: false, message: expect.stringMatching(/Nothing was changed/) });
    expect(w.host.snapshot()).toEqual(before);
    w.host.uninstall();
  }
});

test("a finishing batch that fails part-way either goes back exactly or completes the report", async () => {
  // Excel keeps the operations that ran before the failing one; the swap is ordered so that
  // the rollback can always go back (old report still there) or finish (old report gone).
  const isFinish = (operations: string[]): boolean => operations.includes("Worksheet.activate");
  for (const rerun of [false, true]) {
    let count = 0;
    w = world([stock()]);
    if (rerun) await w.app.summarize();
    w.host.failSync(({ operations }) => {
      if (isFinish(operations)) count = operations.length;
      return false;
    });
    expect((await w.app.summarize()).ok).toBe(true);
    const done = w.host.snapshot();
    w.host.uninstall();
    expect(count).toBeGreaterThan(2);
    for (let applied = 1; applied < count; applied++) {
      w = world([stock()]);
      if (rerun) await w.app.summarize();
      const before = w.host.snapshot();
      w.host.failSync(({ operations }) => isFinish(operations), "GeneralException", { afterOperations: applied });
      const out = await w.app.summarize();
      if (out.ok) {
        expect(w.host.sheetNames()).toEqual(done.sheets.map((x) => x.name));
        expect(w.host.tables("Inventory summary")).toHaveLength(1);
        expect(w.host.charts("Inventory summary")).toHaveLength(1);
        expect(w.host.settings()).toEqual(done.settings);
      } else {
        expect(out.message).toMatch(/Nothing was changed/);
        expect(w.host.snapshot()).toEqual(before);
      }
      w.host.uninstall();
    }
  }
});

test("Undo removes a new summary sheet", async () => {
  w = world([stock()], { maxExcelApi: "1.19" });
  const before = w.host.snapshot();
  await w.app.summarize();
  expect(await w.app.undo()).toMatchObject({ ok: true });
  expect(w.host.snapshot()).toEqual(before);
});

test("with no valid rows the summary still has its table, and no chart", async () => {
  w = world([{ name: "Stock", values: [HEADERS, ["Bad", "X", -1, "B", 1, 1, ""]] }]);
  const out = await w.app.summarize();
  expect(out).toMatchObject({ ok: true });
  expect(valueOf(out).summary.excludedRows).toBe(1);
  expect(w.host.tables("Inventory summary")).toHaveLength(1);
  expect(w.host.charts("Inventory summary")).toHaveLength(0);
});

test("a protected inventory can still be summarized: the report goes to its own sheet", async () => {
  w = world([{ ...stock(), protected: true }]);
  const before = w.host.sheetValues("Stock");
  const out = await w.app.summarize();
  expect(out).toMatchObject({ ok: true });
  expect(w.host.sheetValues("Stock")).toEqual(before);
  expect(w.host.tables("Inventory summary")).toHaveLength(1);
});

test("on Excel for Windows with ExcelApi 1.20, rerunning the summary works and leaves no stray sheet", async () => {
  w = world([stock()], { maxExcelApi: "1.20", platform: "PC" });
  valueOf(await w.app.summarize());
  w.host.userEdit("Stock", "E3", [[2000]]);
  const again = valueOf(await w.app.summarize());
  expect(again).toMatchObject({ sheetName: "Inventory summary", excelUndo: false });
  expect(w.host.sheetNames()).toEqual(["Stock", "Inventory summary"]);
  expect(w.host.sheetValues("Inventory summary")[8][1]).toBe(2000);
});

test("with ExcelApi 1.20, the pane's Undo of a new summary removes its sheet (ungrouped: Excel cannot group a sheet delete)", async () => {
  w = world([stock()], { maxExcelApi: "1.20" });
  const before = w.host.snapshot();
  expect(valueOf(await w.app.summarize())).toMatchObject({ undoable: true, excelUndo: true });
  expect(await w.app.undo()).toMatchObject({ ok: true, value: { excelUndo: false } });
  expect(w.host.snapshot()).toEqual(before);
});

test("a new summary whose build fails in a grouped run is removed by an ungrouped rollback: no stray sheet", async () => {
  w = world([stock()], { maxExcelApi: "1.20", platform: "Mac" });
  const before = w.host.snapshot();
  w.host.failSync(({ operations, grouped }) => grouped && operations.includes("Worksheet.activate"));
  expect(await w.app.summarize()).toMatchObject({ ok: false, message: expect.stringMatching(/Nothing was changed/) });
  expect(w.host.snapshot()).toEqual(before);
});
