import { createTestHost } from "../host";

const seed = () => createTestHost({
  sheets: [{ name: "S", values: Array.from({ length: 12 }, (_, r) => [r + 1, `row ${r + 1}`]) }],
});

/** Queues a load that fails the sync after everything queued before it has run. */
const failLater = (context: Excel.RequestContext) => void context.workbook.worksheets.getItem("Missing").load("name");

test("a sync that fails after row inserts and deletes puts every tracked range back, in every open run", async () => {
  const host = seed();
  let release!: () => void;
  const held = new Promise<void>((resolve) => { release = resolve; });
  let otherReady!: () => void;
  const ready = new Promise<void>((resolve) => { otherReady = resolve; });
  // Another Excel.run that is still open: its tracked ranges move with the sheet too.
  const other = host.Excel.run(async (context) => {
    const below = context.workbook.worksheets.getItem("S").getRange("A9:B10");
    await context.sync();
    otherReady();
    await held;
    below.load("address, values");
    await context.sync();
    return { address: below.address, values: below.values };
  });
  await ready;

  await host.Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem("S");
    const block = ws.getRange("A5:B6");
    const spanning = ws.getRange("A3:B8");
    const doomed = ws.getRange("A11:B11");
    await context.sync();

    for (let i = 0; i < 20; i++) ws.getRange("2:2").insert("Down");
    ws.getRange("31:31").delete("Up"); // doomed, now at row 31, is deleted
    ws.getRange("4:4").delete("Up");
    failLater(context);
    await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });

    block.load("address, values");
    spanning.load("address");
    doomed.load("address, values");
    await context.sync();
    expect([block.address, spanning.address, doomed.address]).toEqual(["S!A5:B6", "S!A3:B8", "S!A11:B11"]);
    expect(block.values).toEqual([[5, "row 5"], [6, "row 6"]]);
    expect(doomed.values).toEqual([[11, "row 11"]]);

    // A later sync that succeeds moves them from where they were, once.
    ws.getRange("2:3").insert("Down");
    ws.getRange("11:11").delete("Up");
    block.load("address");
    spanning.load("address");
    doomed.load("address");
    await context.sync();
    expect([block.address, spanning.address, doomed.address]).toEqual(["S!A7:B8", "S!A5:B10", "S!A12:B12"]);
  });

  release();
  await expect(other).resolves.toEqual({ address: "S!A11:B11", values: [[10, "row 10"]] });
  expect(host.sheetValues("S").map((r) => r[0])).toEqual([1, "", "", 2, 3, 4, 5, 6, 7, 8, 10, 11, 12]);
});

test("formulas written after seeding (values, formulas, copyFrom) still move with inserted and deleted rows", async () => {
  const host = seed(); // no formulas in the seed
  await host.Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem("S");
    ws.getRange("C1").values = [["=A2*2"]];
    ws.getRange("D1").formulas = [["=SUM(A3:A5)"]];
    ws.getRange("E1").copyFrom(ws.getRange("C1"), "All" as Excel.RangeCopyType); // =C2*2
    await context.sync();
    ws.getRange("2:3").insert("Down");
    await context.sync();
    ws.getRange("6:6").delete("Up");
    await context.sync();
  });
  expect(host.sheetFormulas("S")[0].slice(2)).toEqual(["=A4*2", "=SUM(A5:A6)", "=C4*2"]);
  expect(host.sheetValues("S")[0].slice(2)).toEqual([4, 8, 0]);
});
