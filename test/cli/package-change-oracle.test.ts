/**
 * The part-by-part copy of an .xlsx (issue 23 §6) writes the same workbook as the whole-workbook
 * path: generated inventories, each command run both ways through `main`, every cell of every
 * sheet read back and compared.
 */
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { bookSpec, runIn, samePart, snapshot, writeBook } from "./support/package-books";
import { tempDir } from "./support/workbooks";

type Command = "serialize" | "aggregate" | "fix" | "generate-codes";

describe("part by part and whole workbook give the same copy", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());
  let n = 0;

  async function compare(command: Command, spec: fc.Arbitrary<import("./support/package-books").BookSpec> = bookSpec): Promise<{ written: number }> {
    let written = 0;
    await fc.assert(
      fc.asyncProperty(spec, async (book) => {
        const dir = path.join(tmp.dir, `run-${n++}`);
        mkdirSync(dir);
        const rows = await writeBook(path.join(dir, "in.xlsx"), book);
        const choice = command === "serialize" || command === "aggregate" ? ["--rows", `${rows[0]}-${rows[rows.length - 1]}`] : [];
        const part = await runIn(dir, [command, "in.xlsx", ...choice, "--out", "out.xlsx"]);
        const whole = await runIn(dir, [command, "in.xlsx", ...choice, "--out", "out-whole.xlsx"], true);
        expect(part.code).toBe(whole.code);
        expect(part.stdout).toBe(whole.stdout.replaceAll("out-whole.xlsx", "out.xlsx"));
        expect(part.stderr).toBe("");
        const out = path.join(dir, "out.xlsx");
        expect(existsSync(out)).toBe(existsSync(path.join(dir, "out-whole.xlsx")));
        if (!existsSync(out)) return;
        written++;
        // exceljs writes docProps/core.xml anew: the same bytes prove the copy was made part by part.
        expect(await samePart(path.join(dir, "in.xlsx"), out, "docProps/core.xml")).toBe(true);
        expect(await samePart(path.join(dir, "in.xlsx"), path.join(dir, "out-whole.xlsx"), "docProps/core.xml")).toBe(false);
        expect(await snapshot(out)).toEqual(await snapshot(path.join(dir, "out-whole.xlsx")));
      }),
      { numRuns: 25 },
    );
    return { written };
  }

  /** Books whose first row is a pool of two with `codes`: something for each command to write in every book, not only by chance. */
  const withFirstCodes = (codes: string | null) => bookSpec.map((book) => ({ ...book, rows: [{ ...book.rows[0], qty: 2, codes }, ...book.rows.slice(1)] }));

  test("serialize", async () => {
    // A pool of two with its codes listed: something to split in every book, not only by chance.
    expect((await compare("serialize", withFirstCodes("C0-1, C0-2"))).written).toBeGreaterThan(0);
  }, 180_000);

  test("aggregate", async () => {
    // Two rows alike but for their codes: something to merge in every book, not only by chance.
    const twins = bookSpec.map((book) => ({ ...book, rows: [{ ...book.rows[0], qty: 1, codes: "T-1" }, { ...book.rows[0], qty: 1, codes: "T-2" }, ...book.rows.slice(1)] }));
    expect((await compare("aggregate", twins)).written).toBeGreaterThan(0);
  }, 180_000);

  test("fix", async () => {
    expect((await compare("fix", withFirstCodes("C0-1; C0-2"))).written).toBeGreaterThan(0);
  }, 180_000);

  test("generate-codes", async () => {
    expect((await compare("generate-codes", withFirstCodes(null))).written).toBeGreaterThan(0);
  }, 180_000);
});
