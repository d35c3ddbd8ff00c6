import { writeFileSync } from "node:fs";
import { main } from "../../src/cli/main";
import { assertFitsOnSheet } from "../../src/cli/sheet-limits";
import { captureIO, tempDir } from "./support/workbooks";

describe("a .csv or .json that Excel could not open completely is refused, not half-checked", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  test("a CSV of 1,048,577 rows (one more than a sheet holds): one line, exit 2", async () => {
    writeFileSync(tmp.file("big.csv"), `Qty,Codes\n${"1,A\n".repeat(1_048_576)}`);
    const run = captureIO(tmp.dir);
    expect(await main(["check", "big.csv"], run.io)).toBe(2);
    expect(run.stdout()).toBe("");
    expect(run.stderr()).toBe(
      "inventory-rows: big.csv has 1,048,577 rows; an Excel sheet holds 1,048,576, so Excel would not open all of it: split the file\n",
    );
  });

  test("a field longer than an Excel cell holds names the cell", async () => {
    writeFileSync(tmp.file("long.csv"), `Qty,Codes,Name\n1,A,ok\n2,"B,C",${"x".repeat(32_768)}\n`);
    const run = captureIO(tmp.dir);
    expect(await main(["check", "long.csv"], run.io)).toBe(2);
    expect(run.stderr()).toBe("inventory-rows: long.csv: cell C3 holds 32,768 characters; an Excel cell holds 32,767, so Excel would cut it\n");
  });

  test("the limits themselves: 1,048,576 rows, 16,384 columns and 32,767 characters still fit", () => {
    const row = ["1", "A"];
    expect(() => assertFitsOnSheet(new Array(1_048_576).fill(row), "f.csv")).not.toThrow();
    expect(() => assertFitsOnSheet(new Array(1_048_577).fill(row), "f.csv")).toThrow(/1,048,577 rows/);
    expect(() => assertFitsOnSheet([new Array(16_384).fill("")], "f.csv")).not.toThrow();
    expect(() => assertFitsOnSheet([["Qty"], new Array(16_385).fill("")], "f.csv")).toThrow("f.csv: row 2 has 16,385 columns; an Excel sheet holds 16,384, so Excel would not open all of it");
    expect(() => assertFitsOnSheet([["x".repeat(32_767)]], "f.csv")).not.toThrow();
  });

  test("a .json grid is held to the same limits", async () => {
    writeFileSync(tmp.file("wide.json"), JSON.stringify([["Qty", "Codes"], [1, "y".repeat(40_000)]]));
    const run = captureIO(tmp.dir);
    expect(await main(["check", "wide.json"], run.io)).toBe(2);
    expect(run.stderr()).toBe("inventory-rows: wide.json: cell B2 holds 40,000 characters; an Excel cell holds 32,767, so Excel would cut it\n");
  });
});
