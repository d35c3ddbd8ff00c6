/** A value far outside the inventory is not read as part of it, and is never lost (issue 23 §1). */
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { readInput } from "../../src/cli/read-input";
import { captureIO, readBack, tempDir } from "./support/workbooks";

/** 100 inventory rows (rows 2-101, every third with quantity 2), plus the given extra cells. */
async function inventory(file: string, extra: Record<string, string> = {}, name = (i: number) => `Item ${i}`): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Stock");
  sheet.addRow(["Name", "Qty", "Codes", "Category", "Income"]);
  for (let i = 0; i < 100; i++) sheet.addRow([name(i), i % 3 === 0 ? 2 : 1, i % 3 === 0 ? `A-${i}, B-${i}` : `A-${i}`, "Skis", 10]);
  for (const [address, value] of Object.entries(extra)) sheet.getCell(address).value = value;
  await workbook.xlsx.writeFile(file);
}

describe("a stray cell far away", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());
  beforeAll(async () => {
    await inventory(tmp.file("stray.xlsx"), { XFD1048576: "leftover" });
    await inventory(tmp.file("plain.xlsx"));
  });

  test.each([false, true])("is left out of the grid read (whole workbook: %s), and named", async (whole) => {
    const read = await readInput("stray.xlsx", tmp.dir, { whole });
    expect(read.grid).toHaveLength(101);
    expect(read.grid[0]).toEqual(["Name", "Qty", "Codes", "Category", "Income"]);
    expect({ originRow: read.originRow, originColumn: read.originColumn }).toEqual({ originRow: 1, originColumn: 1 });
    expect(read.outside).toEqual({ address: "XFD1048576", more: 0 });
    expect((await readInput("plain.xlsx", tmp.dir, { whole })).outside).toBeUndefined();
  });

  test("check gives the same counts as without it, and says once that it was ignored", async () => {
    const stray = captureIO(tmp.dir);
    const plain = captureIO(tmp.dir);
    expect(await main(["check", "stray.xlsx"], stray.io)).toBe(0);
    expect(await main(["check", "plain.xlsx"], plain.io)).toBe(0);
    const lines = stray.stdout().split("\n");
    expect(lines[0]).toBe(plain.stdout().split("\n")[0].replace("plain.xlsx", "stray.xlsx"));
    expect(lines.filter((l) => l.startsWith("Note:"))).toEqual(["Note: A value at XFD1048576, outside the inventory, was ignored."]);
    const json = captureIO(tmp.dir);
    await main(["check", "stray.xlsx", "--json"], json.io);
    expect(JSON.parse(json.stdout()).notes).toEqual([
      {
        message: "A value at XFD1048576, outside the inventory, was ignored.",
        say: { id: "outside-inventory-ignored", values: { address: "XFD1048576", more: 0 } },
      },
    ]);
  });

  test("summary --out reads the sheet and keeps the far cell in the copy", async () => {
    const run = captureIO(tmp.dir);
    expect(await main(["summary", "stray.xlsx", "--out", "summary.xlsx"], run.io)).toBe(0);
    const copy = await readBack(tmp.file("summary.xlsx"));
    expect(copy.getWorksheet("Stock")!.getCell("XFD1048576").value).toBe("leftover");
    expect(copy.getWorksheet("Inventory summary")).toBeDefined();
  });

  test("serialize refuses rather than push the far cell off the sheet; it runs when there is room, moving it down", async () => {
    const refused = captureIO(tmp.dir);
    expect(await main(["serialize", "stray.xlsx", "--rows", "2", "--out", "refused.xlsx"], refused.io)).toBe(1);
    expect(refused.stdout()).toContain("past Excel's limit of 1,048,576");
    await inventory(tmp.file("room.xlsx"), { XFD500000: "leftover" });
    const run = captureIO(tmp.dir);
    expect(await main(["serialize", "room.xlsx", "--rows", "2", "--out", "serialized.xlsx"], run.io)).toBe(0);
    const sheet = (await readBack(tmp.file("serialized.xlsx"))).getWorksheet("Stock")!;
    expect(sheet.getCell("XFD500001").value).toBe("leftover");
    expect([sheet.getCell("C2").value, sheet.getCell("C3").value]).toEqual(["A-0", "B-0"]);
  });

  test("aggregate keeps the far cell, moved up with the rows below the merged ones", async () => {
    await inventory(tmp.file("same.xlsx"), { XFD1048576: "leftover", XFD500000: "middle" }, () => "Pole");
    const run = captureIO(tmp.dir);
    expect(await main(["aggregate", "same.xlsx", "--rows", "3-5", "--out", "aggregated.xlsx"], run.io)).toBe(0);
    expect(run.stdout()).toContain("Merged 1 group (2 rows removed)");
    const sheet = (await readBack(tmp.file("aggregated.xlsx"))).getWorksheet("Stock")!;
    expect(sheet.getCell("XFD1048574").value).toBe("leftover");
    expect(sheet.getCell("XFD499998").value).toBe("middle");
    expect(sheet.getCell("XFD1048576").value).toBeNull();
  });
});

describe("what lies beside the table", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  test("notes a few columns beside the table are read with it, as the used range was", async () => {
    await inventory(tmp.file("notes.xlsx"), { H3: "check the skis", L50: "returned" });
    const read = await readInput("notes.xlsx", tmp.dir, { whole: false });
    expect(read.grid[0]).toHaveLength(12);
    expect(read.grid[2][7]).toBe("check the skis");
    expect(read.outside).toBeUndefined();
  });

  test("values many columns away are left out and counted, even one in the header row", async () => {
    await inventory(tmp.file("far.xlsx"), { Z5: "far right", A200000: "far below", XFD1: "corner" });
    const read = await readInput("far.xlsx", tmp.dir, { whole: false });
    // A value far below in the table's own columns is where the table ends: it is read.
    expect(read.grid).toHaveLength(200000);
    expect(read.grid[199999]).toEqual(["far below", "", "", "", ""]);
    expect(read.outside).toEqual({ address: "XFD1", more: 1 });
  });
});
