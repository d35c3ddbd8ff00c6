import { readFile } from "node:fs/promises";
import path from "node:path";
import { loadWorkbook, pickWorksheet, readSheetGrid } from "../../src/cli/read-xlsx";
import { main } from "../../src/cli/main";
import { exampleCsv, writeExampleWorkbook } from "../../scripts/make-example";
import { captureIO, tempDir, usedRangeOf } from "./support/workbooks";

const examples = path.join(__dirname, "..", "..", "examples");

async function gridOf(file: string, sheet: string) {
  const workbook = await loadWorkbook(await readFile(file), file);
  return readSheetGrid(pickWorksheet(workbook, sheet, file), false).grid;
}

describe("the committed example", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  test("is what `npm run example` makes (rerun it after changing the script)", async () => {
    await writeExampleWorkbook(tmp.file("fresh.xlsx"));
    for (const sheet of ["Inventory", "Notes"]) {
      expect(await gridOf(path.join(examples, "inventory-example.xlsx"), sheet)).toEqual(await gridOf(tmp.file("fresh.xlsx"), sheet));
    }
    expect(await readFile(path.join(examples, "inventory-example.csv"), "utf8")).toBe(exampleCsv());
  });

  test("shows the README's story: errors with addresses, exit 1", async () => {
    const run = captureIO(examples);
    expect(await main(["check", "inventory-example.xlsx"], run.io)).toBe(1);
    expect(run.stdout()).toContain("header in row 3; 15 rows");
    expect(run.stdout()).toContain('C7   code "SKI-170-A" is also in row 10');
    const csv = captureIO(examples);
    await main(["check", "inventory-example.csv", "--json"], csv.io);
    expect(JSON.parse(csv.stdout()).issues.find((i: { rule: string }) => i.rule === "codes-number")?.address).toBe("C15");
  });
});

test("aggregate leaves no emptied rows in the used range: serialize then aggregate of the example ends where the data ends", async () => {
  const tmp = tempDir();
  try {
    const source = path.join(examples, "inventory-example.xlsx");
    expect(await main(["serialize", source, "--rows", "4", "--out", tmp.file("units.xlsx")], captureIO(tmp.dir).io)).toBe(0);
    expect(await main(["aggregate", tmp.file("units.xlsx"), "--rows", "4-13", "--out", tmp.file("pools.xlsx")], captureIO(tmp.dir).io)).toBe(0);
    expect(await usedRangeOf(tmp.file("pools.xlsx"), "Inventory")).toBe("A1:G18");
  } finally {
    tmp.cleanup();
  }
});
