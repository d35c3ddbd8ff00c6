import { linkSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { main } from "../../src/cli/main";
import { checkOutPath } from "../../src/cli/out-file";
import { captureIO, tempDir, writeStockWorkbook } from "./support/workbooks";

const SAME = "--out is the input file: results are never written over the input; choose another name";

describe("--out is never the input, however it is spelled", () => {
  const tmp = tempDir();
  beforeAll(async () => {
    await writeStockWorkbook(tmp.file("in.xlsx"));
    mkdirSync(tmp.file("sub"));
    symlinkSync(tmp.file("in.xlsx"), tmp.file("link.xlsx"));
    symlinkSync(tmp.dir, tmp.file("sub/up"));
    linkSync(tmp.file("in.xlsx"), tmp.file("hard.xlsx"));
    writeFileSync(tmp.file("s.json"), "{}");
    // The same settings under a name --out takes on every branch (outputs other than .xlsx come with issue 14.3).
    writeFileSync(tmp.file("settings.xlsx"), "{}");
  });
  afterAll(() => tmp.cleanup());

  test.each([
    ["./in.xlsx", "in.xlsx"],
    ["in.xlsx", "./sub/../in.xlsx"],
    ["link.xlsx", "in.xlsx"],
    ["in.xlsx", "link.xlsx"],
    ["sub/up/in.xlsx", "in.xlsx"],
    ["hard.xlsx", "in.xlsx"],
  ])("--out %s for input %s is refused, even with --force", (out, input) => {
    expect(() => checkOutPath(out, input, tmp.dir, true)).toThrow(SAME);
  });

  test("another spelling of the name is the input where the file system ignores case, and another file where it does not", () => {
    const insensitive = (() => {
      try {
        return readFileSync(tmp.file("IN.XLSX")).length > 0;
      } catch {
        return false;
      }
    })();
    if (insensitive) expect(() => checkOutPath("IN.XLSX", "in.xlsx", tmp.dir, true)).toThrow(SAME);
    else expect(checkOutPath("IN.XLSX", "in.xlsx", tmp.dir, false)).toBe(tmp.file("IN.XLSX"));
  });

  test("the --settings file is an input too", () => {
    expect(() => checkOutPath("./s.json", "in.xlsx", tmp.dir, true, ["s.json"])).toThrow("--out is s.json, which this run reads: choose another name");
    expect(checkOutPath("other.json", "in.xlsx", tmp.dir, false, ["s.json"])).toBe(tmp.file("other.json"));
  });

  test.each([
    [["summary", "in.xlsx"]],
    [["serialize", "in.xlsx", "--rows", "4"]],
    [["aggregate", "in.xlsx", "--rows", "4-5"]],
  ])("%j refuses an --out that is the input through a link, and leaves it as it was", async (argv) => {
    const before = readFileSync(tmp.file("in.xlsx"));
    for (const out of ["link.xlsx", "hard.xlsx", "sub/up/in.xlsx"]) {
      const io = captureIO(tmp.dir);
      expect(await main([...argv, "--out", out, "--force"], io.io)).toBe(2);
      expect(io.stderr()).toBe(`inventory-rows: ${SAME}\n`);
      expect(io.stdout()).toBe("");
    }
    const io = captureIO(tmp.dir);
    expect(await main([...argv, "--settings", "settings.xlsx", "--out", "./settings.xlsx", "--force"], io.io)).toBe(2);
    expect(io.stderr()).toBe("inventory-rows: --out is settings.xlsx, which this run reads: choose another name\n");
    expect(readFileSync(tmp.file("in.xlsx")).equals(before)).toBe(true);
    expect(readFileSync(tmp.file("settings.xlsx"), "utf8")).toBe("{}");
  });
});
