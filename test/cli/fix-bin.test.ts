import { execFile } from "node:child_process";
import { copyFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { readBack, tempDir } from "./support/workbooks";

const bin = path.join(__dirname, "..", "..", "bin", "inventory-rows.js");
const example = path.join(__dirname, "..", "..", "examples", "inventory-example.xlsx");

async function runBin(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...args], {
      cwd,
      env: { ...process.env, LC_ALL: "", LC_NUMERIC: "", LANG: "C.UTF-8", INVENTORY_ROWS_SOURCE: "1" },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("fix and generate-codes as a real process, on the example", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());
  beforeAll(() => copyFileSync(example, tmp.file("inventory-example.xlsx")));

  test("fix separates C14's codes with commas, exit 0", async () => {
    const r = await runBin(["fix", "inventory-example.xlsx", "--out", "fixed.xlsx"], tmp.dir);
    expect(r.stdout).toBe(
      'Inventory in inventory-example.xlsx:\nFixed 1 cell:\n  C14: "SKN-1; SKN-2; SKN-3" → "SKN-1, SKN-2, SKN-3"  (codes-separator)\nWrote fixed.xlsx.\n',
    );
    expect(r.code).toBe(0);
    expect((await readBack(tmp.file("fixed.xlsx"))).getWorksheet("Inventory")?.getCell("C14").value).toBe("SKN-1, SKN-2, SKN-3");
  }, 60_000);

  test("generate-codes --json gives C15 a code", async () => {
    const r = await runBin(["generate-codes", "inventory-example.xlsx", "--out", "codes.xlsx", "--json"], tmp.dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).changes).toEqual([{ address: "C15", before: "", after: "ITEM-0001", rule: "codes-missing" }]);
    expect(r.stderr).toBe("");
  }, 60_000);
});
