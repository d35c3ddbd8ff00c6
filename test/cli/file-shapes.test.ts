import { readFileSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import { entriesInFileOrder, streamable } from "../../src/cli/zip-entries";
import { captureIO, tempDir } from "./support/workbooks";

/** A valid workbook re-zipped by JSZip without compression (zip method 0): JSZip puts xl/workbook.xml last. */
async function storedWorkbook(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Stock").addRows([["Qty", "Codes"], [1, "A-1"], [2, "B-1, B-2"]]);
  const zip = await JSZip.loadAsync((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "STORE" }));
}

describe("file shapes the CLI reads", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  test("an .xlsx stored without compression is checked, not called damaged", async () => {
    await storedWorkbook(tmp.file("stored.xlsx"));
    const bytes = readFileSync(tmp.file("stored.xlsx"));
    expect(bytes.readUInt16LE(8)).toBe(0); // method 0: stored
    const run = captureIO(tmp.dir);
    expect(await main(["check", "stored.xlsx", "--json"], run.io)).toBe(0);
    expect(run.stderr()).toBe("");
    expect(JSON.parse(run.stdout()).rows).toMatchObject({ data: 2, valid: 2, units: 3 });
  });

  test("a package whose workbook part comes after its sheets and whose parts are stored is not given to the streaming reader", async () => {
    await storedWorkbook(tmp.file("order.xlsx"));
    const stored = readFileSync(tmp.file("order.xlsx"));
    const names = (entriesInFileOrder(stored) ?? []).map((e) => e.name);
    expect(names.indexOf("xl/workbook.xml")).toBeGreaterThan(names.indexOf("xl/worksheets/sheet1.xml"));
    expect(streamable(stored)).toBe(false);
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet("S").addRows([["Qty", "Codes"]]);
    expect(streamable(Buffer.from((await plain.xlsx.writeBuffer()) as ArrayBuffer))).toBe(true);
  });

  test("a CSV whose only non-ASCII bytes are Windows-1252's 0x80-0x9F reads € „ “ – as letters", async () => {
    const ascii = (s: string) => [...Buffer.from(s, "latin1")];
    const bytes = Buffer.from([
      ...ascii(`Qty,Codes,Name\r\n2,"A-1, A-2",`), 0x84, ...ascii("Ski"), 0x93, 0x20, 0x96, 0x20, 0x80, ...ascii("5\r\n"),
    ]);
    writeFileSync(tmp.file("cp1252.csv"), bytes);
    const run = captureIO(tmp.dir);
    expect(await main(["check", "cp1252.csv", "--json"], run.io)).toBe(0);
    expect(JSON.parse(run.stdout()).rows.valid).toBe(1);
    const human = captureIO(tmp.dir);
    await main(["serialize", "cp1252.csv", "--rows", "2", "--out", "cp1252.xlsx"], human.io);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(tmp.file("cp1252.xlsx"));
    expect(human.stderr()).toBe("");
    expect(workbook.worksheets[0].getCell("C2").value).toBe("„Ski“ – €5");
    expect(workbook.worksheets[0].getCell("C3").value).toBe("„Ski“ – €5");
  });
});
