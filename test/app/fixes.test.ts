import { HEADERS, inventoryRows, valueOf, world, type World } from "./helpers";
import type { CellValue } from "../../src/core";
import { estimateBytes } from "../../src/excel/office-run";

let w: World;
afterEach(() => w?.host.uninstall());

function sheet() {
  return {
    name: "S",
    values: [
      HEADERS,
      ["A", "Ski", "12", "X1", 1, 0, ""],
      ["B", "Ski", "3", "X2", 1, 0, ""],
      ["C", "Ski", 1, "", 1, 0, ""],
      ["D", "Ski", 1, "", 1, 0, ""],
    ],
    formats: [[], ["", "", "@"], ["", "", "@"]],
  };
}

test("check names real cells, with title rows above the header", async () => {
  const values = [["Stock list"], [], ...sheet().values];
  w = world([{ name: "S", values }]);
  const outcome = valueOf(await w.app.check());
  const rules = outcome.issues.map((i) => `${i.rule}@${i.address}`);
  expect(rules).toContain("quantity-as-text@S!C4");
  expect(rules).toContain("codes-missing@S!D6");
  expect(outcome.headers).toEqual(HEADERS);
});

test("apply one fix converts that cell only; fix all converts every one of its kind", async () => {
  w = world([sheet()], { maxExcelApi: "1.19" });
  const { issues } = valueOf(await w.app.check());
  const first = issues.find((i) => i.rule === "quantity-as-text")!;
  expect(await w.app.applyFix(first)).toMatchObject({ ok: true, value: { undoable: true } });
  expect(w.host.sheetValues("S").map((r) => r[2]).slice(1, 3)).toEqual([12, "3"]);
  expect(await w.app.applyFixAll("quantity-as-text")).toMatchObject({ ok: true });
  expect(w.host.sheetValues("S").map((r) => r[2]).slice(1, 3)).toEqual([12, 3]);
});

test("generate codes fills empty code cells with PREFIX-0001 codes as text", async () => {
  w = world([sheet()]);
  expect(await w.app.generateCodes("00X")).toMatchObject({ ok: true });
  expect(w.host.sheetValues("S").map((r) => r[3]).slice(3)).toEqual(["00X-0001", "00X-0002"]);
  expect(w.host.sheetFormats("S")[3][3]).toBe("@");
});

test("a sync that fails at any step of a fix leaves the workbook exactly as before; Undo restores exactly", async () => {
  for (let step = 1; step <= 4; step++) {
    w = world([sheet()]);
    const before = w.host.snapshot();
    w.host.failSync(step);
    expect((await w.app.applyFixAll("quantity-as-text")).ok).toBe(false);
    expect(w.host.snapshot()).toEqual(before);
    w.host.uninstall();
  }
  w = world([sheet()], { maxExcelApi: "1.19" });
  const before = w.host.snapshot();
  await w.app.applyFixAll("quantity-as-text");
  await w.app.generateCodes("G");
  expect(await w.app.undo()).toMatchObject({ ok: true });
  expect(w.host.sheetValues("S")[3][3]).toBe("");
  expect(w.host.sheetValues("S")[1][2]).toBe(12);
  w.host.uninstall();
  w = world([sheet()], { maxExcelApi: "1.19" });
  await w.app.applyFixAll("quantity-as-text");
  expect(await w.app.undo()).toMatchObject({ ok: true });
  expect(w.host.snapshot()).toEqual(before);
});

test("find by code selects the row and returns the record", async () => {
  w = world([sheet()]);
  const found = valueOf(await w.app.findByCode(" x2 "));
  expect(found).toMatchObject({ found: true, row: 2, address: "S!A3", record: ["B", "Ski", "3", "X2", 1, 0, ""] });
  expect(w.host.selection()).toEqual(["S!A3:G3"]);
  expect(valueOf(await w.app.findByCode("nope"))).toMatchObject({ found: false });
});

test("find on 100,000 rows reads the header and the codes column, not the whole sheet", async () => {
  w = world([{ name: "S", values: inventoryRows(99_999) }]);
  w.host.resetStats();
  const found = valueOf(await w.app.findByCode("c99999"));
  expect(found).toMatchObject({ found: true, row: 99_999, address: "S!A100000", record: ["Item 99999", "Skis", 1, "C99999", 10.01, 2, ""] });
  expect(w.host.selection()).toEqual(["S!A100000:G100000"]);
  // The sheet and its first 21 rows, the codes column in one block, the row and the selection.
  expect(w.host.stats.syncs).toBe(4);
  const read = w.host.stats.responses.reduce((a, b) => a + b, 0);
  expect(read).toBeLessThan(2 * 1024 * 1024);
});

test("find in an Excel table ignores codes below the table and in its totals row", async () => {
  const values = [HEADERS, ["A", "Ski", 1, "T1", 1, 0, ""], ["B", "Ski", 1, "T2", 1, 0, ""], ["Total", "", "", "T9", "", "", ""], ["", "", "", "", "", "", ""], ["note", "", "", "T5", "", "", ""]];
  w = world([{ name: "S", values, tables: [{ name: "Stock", address: "A1:G4", showTotals: true }] }]);
  expect(valueOf(await w.app.findByCode("t2"))).toMatchObject({ found: true, address: "S!A3" });
  expect(valueOf(await w.app.findByCode("T9"))).toMatchObject({ found: false });
  expect(valueOf(await w.app.findByCode("T5"))).toMatchObject({ found: false });
});

test("fixes and generated codes: a write batch that Excel stops after any operation is rolled back exactly", async () => {
  const isWrite = (operations: string[]): boolean => operations.includes("Range.values=");
  const actions = [(w: World) => w.app.applyFixAll("quantity-as-text"), (w: World) => w.app.generateCodes("GEN")];
  for (const action of actions) {
    let count = 0;
    w = world([sheet()]);
    w.host.failSync(({ operations }) => {
      if (isWrite(operations)) count = operations.length;
      return false;
    });
    expect(await action(w)).toMatchObject({ ok: true });
    w.host.uninstall();
    expect(count).toBeGreaterThan(3);
    for (let applied = 1; applied < count; applied++) {
      w = world([sheet()]);
      const before = w.host.snapshot();
      w.host.failSync(({ operations }) => isWrite(operations), "GeneralException", { afterOperations: applied });
      expect(await action(w)).toMatchObject({ ok: false, message: expect.stringMatching(/Nothing was changed/) });
      expect(w.host.snapshot()).toEqual(before);
      w.host.uninstall();
    }
  }
});

test("find from a summary sheet switches to the inventory sheet and selects the row there", async () => {
  w = world([{ name: "S", values: [HEADERS, ["A", "Ski", 1, "X1", 1, 0, ""], ["B", "Ski", 1, "X2", 1, 0, ""]] }]);
  await w.app.summarize();
  expect(w.host.activeSheet()).toBe("Inventory summary");
  expect(valueOf(await w.app.findByCode("X2"))).toMatchObject({ found: true, address: "S!A3" });
  expect(w.host.activeSheet()).toBe("S");
  expect(w.host.selection()).toEqual(["S!A3:G3"]);
});

test("fix all over thousands of scattered cells writes in chunks under 5 MB, and a failed chunk is rolled back", async () => {
  const values = [["Name", "Quantity", "Codes"]];
  const formats: string[][] = [[]];
  for (let i = 1; i <= 20_000; i++) {
    values.push([`Item ${i}`, i % 2 === 0 ? "2" : 1, `C${i}`] as never);
    formats.push(["", i % 2 === 0 ? "@" : "", ""]);
  }
  w = world([{ name: "S", values, formats }]);
  w.host.resetStats();
  expect(await w.app.applyFixAll("quantity-as-text")).toMatchObject({ ok: true });
  expect(w.host.sheetValues("S").filter((r) => r[1] === 2)).toHaveLength(10_000);
  const syncs = w.host.stats.syncs;
  expect(syncs).toBeGreaterThan(4); // more than one chunk
  expect(syncs).toBeLessThan(12);
  expect(Math.max(...w.host.stats.requests)).toBeLessThan(5 * 1024 * 1024);
  w.host.uninstall();

  w = world([{ name: "S", values, formats }]);
  const before = w.host.snapshot();
  w.host.failSync(syncs); // the last write chunk: the earlier ones are already in
  expect(await w.app.applyFixAll("quantity-as-text")).toMatchObject({ ok: false });
  expect(w.host.snapshot()).toEqual(before);
});

/** 30 CJK characters: 90 bytes in UTF-8, 30 UTF-16 characters. */
const CJK = "倉庫在庫品目番号東京大阪名古屋福岡札幌仙台広島京都神戸横浜千葉埼玉静岡";

/** `count` rows whose code cell holds two long CJK codes split by a space (a `codes-space` warning). */
function cjkSheet(count: number) {
  const values: CellValue[][] = [HEADERS];
  for (let i = 1; i <= count; i++) values.push([`Item ${i}`, "Skis", 2, `${CJK}${i}A ${CJK}${i}B`, 20.01, 4, ""]);
  return { name: "S", values };
}

const splitCodes = (count: number): string[] => Array.from({ length: count }, (_v, i) => `${CJK}${i + 1}A, ${CJK}${i + 1}B`);

test("byte estimates count UTF-8 bytes: CJK text is 3 bytes a character, as Excel's 5 MB limit counts it", () => {
  const grids: CellValue[][][] = [[[CJK, "plain"]], [["é😀", 'a"b\\c\n']], [[`${CJK} ${CJK}`], ["Ünïcödé"]]];
  for (const grid of grids) {
    const exact = new TextEncoder().encode(JSON.stringify(grid)).length;
    const cells = grid.reduce((n, row) => n + row.length, 0);
    // Never under the real size; over it by at most a separator per cell and row (and control escapes).
    expect(estimateBytes(grid)).toBeGreaterThanOrEqual(exact);
    expect(estimateBytes(grid)).toBeLessThanOrEqual(exact + cells + grid.length + 5);
  }
  expect(estimateBytes([[CJK]])).toBe(2 + 2 + 3 * CJK.length + 3);
});

test("fix all over 20,000 long CJK codes writes in chunks that fit 5 MB: no sync fails, every cell is fixed", async () => {
  w = world([cjkSheet(20_000)]);
  w.host.resetStats();
  const before = w.host.snapshot();
  w.host.resetStats();
  expect(await w.app.applyFixAll("codes-space")).toMatchObject({ ok: true, value: { message: "Fixed 20,000 issues (20,000 cells changed)." } });
  expect(w.host.sheetValues("S").slice(1).map((r) => r[3])).toEqual(splitCodes(20_000));
  expect(w.host.sheetFormats("S")[20_000][3]).toBe("@");
  // About 4 MB of codes (1.4 million UTF-16 characters): 5 chunks of at most 1 MB, each
  // snapshot ~2 MB; none refused by the host (a refused sync returns 0 bytes).
  const { syncs, responses, requests } = w.host.stats;
  expect(responses.filter((b) => b === 0)).toEqual([]);
  expect(Math.max(...responses, ...requests)).toBeLessThan(3 * 1024 * 1024);
  // 3 blocks to read + 1, then a snapshot and a write per chunk.
  expect(syncs).toBe(4 + 2 * 5);
  expect(await w.app.undo()).toMatchObject({ ok: true });
  expect(w.host.snapshot()).toEqual(before);
});

test("fix all: a snapshot over the payload limit is halved and retried before anything is written", async () => {
  w = world([cjkSheet(20_000)], { payloadLimitBytes: 1_500_000 });
  w.host.resetStats();
  expect(await w.app.applyFixAll("codes-space")).toMatchObject({ ok: true });
  expect(w.host.sheetValues("S").slice(1).map((r) => r[3])).toEqual(splitCodes(20_000));
  // ~1 MB chunks snapshot at ~2 MB: each is halved once, and a few syncs more is all it costs.
  expect(w.host.stats.responses.filter((b) => b === 0).length).toBeGreaterThan(0);
  expect(w.host.stats.syncs).toBeLessThan(40);
  expect(Math.max(...w.host.stats.requests)).toBeLessThan(1_500_000);
});

test("Undo after a fix-all that changed more than one response can carry checks the cells in chunks and restores them", async () => {
  // 12,000 cells of two 90-character CJK codes: about 6.5 MB of changed text in UTF-8.
  const long = CJK.repeat(3);
  const values: CellValue[][] = [HEADERS];
  for (let i = 1; i <= 12_000; i++) values.push([`Item ${i}`, "Skis", 2, `${long}${i}A ${long}${i}B`, 20.01, 4, ""]);
  w = world([{ name: "S", values }]);
  const before = w.host.snapshot();
  expect(await w.app.applyFixAll("codes-space")).toMatchObject({ ok: true });
  expect(w.host.sheetValues("S")[12_000][3]).toBe(`${long}12000A, ${long}12000B`);
  w.host.resetStats();
  expect(await w.app.undo()).toMatchObject({ ok: true });
  // The check before the restore reads the cells back in several syncs, each far under 5 MB
  // (one sync would have had to carry all 6.5 MB); the restore's writes return nothing.
  const reads = w.host.stats.responses.filter((b) => b > 0);
  expect(reads.length).toBeGreaterThan(1);
  expect(Math.max(...reads)).toBeLessThan(2.5 * 1024 * 1024);
  expect(w.host.snapshot()).toEqual(before);
});

test("a fix whose issue is no longer there is refused, naming the issue's cell or the rule", async () => {
  w = world([sheet()]);
  const { issues } = valueOf(await w.app.check());
  const first = issues.find((i) => i.rule === "quantity-as-text")!;
  expect(await w.app.applyFixAll("quantity-as-text")).toMatchObject({ ok: true });
  expect(await w.app.applyFix(first)).toMatchObject({ ok: false, kind: "refused", message: expect.stringContaining(`the issue at ${first.address}`) });
  expect(await w.app.applyFixAll("quantity-as-text")).toMatchObject({ ok: false, kind: "refused", message: expect.stringContaining('"quantity-as-text"') });
});
