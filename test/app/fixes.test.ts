import { HEADERS, world, type World } from "./helpers";

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
  const outcome = await w.app.check();
  const rules = outcome.issues.map((i) => `${i.rule}@${i.address}`);
  expect(rules).toContain("quantity-as-text@S!C4");
  expect(rules).toContain("codes-missing@S!D6");
  expect(outcome.headers).toEqual(HEADERS);
});

test("apply one fix converts that cell only; fix all converts every one of its kind", async () => {
  w = world([sheet()], { maxExcelApi: "1.19" });
  const { issues } = await w.app.check();
  const first = issues.find((i) => i.rule === "quantity-as-text")!;
  expect(await w.app.applyFix(first)).toMatchObject({ ok: true, undoable: true });
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
  const found = await w.app.findByCode(" x2 ");
  expect(found).toMatchObject({ found: true, row: 2, address: "S!A3", record: ["B", "Ski", "3", "X2", 1, 0, ""] });
  expect(w.host.selection()).toEqual(["S!A3:G3"]);
  expect(await w.app.findByCode("nope")).toMatchObject({ found: false });
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
  expect(await w.app.findByCode("X2")).toMatchObject({ found: true, address: "S!A3" });
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
