import { createTestHost, type SeedSheet, type TestHost } from "../host";
import { checkInventory, planAggregate, planFix, planSerialize, type CellValue } from "../../src/core";
import {
  applyAggregate, applyCellEdits, applySerialize, applyUndo, ExcelActionError, readInventory, type InventoryRead, type UndoRecord,
} from "../../src/excel";
import { runWriteTransaction, type WriteStep } from "../../src/excel/write-transaction";

let host: TestHost | undefined;
afterEach(() => {
  host?.uninstall();
  host = undefined;
});

function install(sheet: SeedSheet, selection?: string): TestHost {
  host?.uninstall();
  host = createTestHost({ sheets: [sheet], selection, maxExcelApi: "1.19" });
  host.install();
  return host;
}

const HEADER = ["Name", "Quantity", "Codes", "Income"];

/** 600 rows: every 7th quantity is text (a fix), names in groups of 3 (merges); `pools`: every row a pool of 3. */
function inventory(pools = false): SeedSheet {
  const values: CellValue[][] = [HEADER];
  for (let i = 0; i < 600; i++) values.push([`N${Math.floor(i / 3)}`, pools ? 3 : i % 7 === 0 ? "1" : 1, `K${i}`, 3]);
  return { name: "S", values };
}

type Act = (context: Excel.RequestContext, read: InventoryRead) => Promise<UndoRecord>;

const fix: Act = (context, read) => {
  const plan = planFix(read.values, checkInventory(read.values).issues.filter((i) => i.rule === "quantity-as-text"));
  return applyCellEdits(context, read, plan.change, "action-undo-label-fix");
};
const serialize: Act = async (context, read) => {
  const plan = planSerialize(read.values, [4, 10, 300]);
  return (await applySerialize(context, read, plan)).undo;
};
const aggregate: Act = async (context, read) => {
  const plan = planAggregate(read.values, [4, 5, 6, 301, 302, 303]);
  return (await applyAggregate(context, read, plan)).undo;
};

/** Runs `act` after a fresh read; the syncs it took (the read's two included). */
async function syncsOf(h: TestHost, act: Act): Promise<{ syncs: number; undo: UndoRecord }> {
  h.resetStats();
  const undo = await Excel.run(async (context) => act(context, await readInventory(context)));
  return { syncs: h.stats.syncs, undo };
}

describe("every write action takes the same few syncs, however many rows it changes", () => {
  test.each([
    ["a fix", fix, false],
    ["a serialize", serialize, true],
    ["an aggregate", aggregate, false],
  ])("%s: read (2), snapshot (1), write (1); its Undo: check (1), restore (1)", async (_name, act, pools) => {
    const h = install(inventory(pools));
    const before = h.snapshot();
    const { syncs, undo } = await syncsOf(h, act);
    expect(syncs).toBe(4);
    h.resetStats();
    await Excel.run((context) => applyUndo(context, undo));
    expect(h.stats.syncs).toBe(2);
    expect(h.snapshot()).toEqual(before);
  });
});

test("a failed write is rolled back in one more sync for cell writes, two when rows move (the row count, then the restore)", async () => {
  for (const [act, extra] of [[fix, 1], [aggregate, 2]] as const) {
    const h = install(inventory());
    const before = h.snapshot();
    h.failSync(4);
    h.resetStats();
    const error = await Excel.run(async (context) => act(context, await readInventory(context))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelActionError);
    expect(error).toMatchObject({ restored: true, code: "GeneralException" });
    expect(h.stats.syncs).toBe(4 + extra);
    expect(h.snapshot()).toEqual(before);
  }
});

test("a number written where the cell is formatted as text gets General first, in serialize as in a fix", async () => {
  // Quantity 3 typed before the column was formatted as Text: a number in an `@` cell.
  const h = install({ name: "S", values: [HEADER, ["Pole", 3, "P1", 30]], formats: [[], ["", "@", "", ""]] }, "S!A2");
  const before = h.snapshot();
  const undo = await Excel.run(async (context) => {
    const read = await readInventory(context, { withSelection: true });
    return (await applySerialize(context, read, planSerialize(read.values, [1]))).undo;
  });
  expect(h.sheetValues("S").slice(1).map((r) => r[1])).toEqual([1, 1, 1]);
  expect(h.sheetFormats("S").slice(1).map((r) => r[1])).toEqual(["General", "General", "General"]);
  await Excel.run((context) => applyUndo(context, undo));
  expect(h.snapshot()).toEqual(before);
});

describe("the transaction itself, with steps of its own", () => {
  /** Two steps that each insert a row at the top of the data and write it, and one that writes B2. */
  function steps(): WriteStep[] {
    const insert = (label: string): WriteStep => ({
      rows: 1,
      bytes: 100,
      queue: (sheet) => {
        sheet.getRange("2:2").insert("Down");
        sheet.getRange("A2").values = [[label]];
      },
      inverse: (sheet) => sheet.getRange("2:2").delete("Up"),
    });
    const write: WriteStep = { rows: 0, bytes: 100, writes: { row: 1, column: 1, rows: 1, columns: 1 }, queue: (sheet) => (sheet.getRange("B2").values = [["written"]]) };
    return [insert("first"), insert("second"), write];
  }

  async function run(h: TestHost): Promise<UndoRecord> {
    return Excel.run(async (context) => {
      const read = await readInventory(context, { withSelection: true });
      return runWriteTransaction(context, read, {
        label: "excel-undo-label-serialize",
        snapshot: [[{ row: 1, column: 0, rows: 1, columns: 2 }]],
        steps: steps(),
        budget: 150, // one step a batch
        names: { check: "excel-step-checking-rows", write: "excel-step-serializing", undo: "excel-step-removing-added-rows" },
      });
    });
  }

  const seed = (): SeedSheet => ({ name: "S", values: [["Name", "Note"], ["kept", "note"], ["end", ""]] });

  test("steps run in order, batch by batch; Undo runs the inverses newest first and restores the snapshot and selection", async () => {
    const h = install(seed(), "S!A3");
    const before = h.snapshot();
    h.resetStats();
    const undo = await run(h);
    expect(h.stats.syncs).toBe(2 + 1 + 3);
    expect(h.sheetValues("S")).toEqual([["Name", "Note"], ["second", "written"], ["first", ""], ["kept", "note"], ["end", ""]]);
    expect(undo.after).toEqual([{ rect: { row: 1, column: 0, rows: 1, columns: 2 }, values: [["second", "written"]] }]);
    h.userSelect("S!D9");
    await Excel.run((context) => applyUndo(context, undo));
    expect(h.snapshot()).toEqual(before);
  });

  test("a batch that fails after any of its operations: the landed steps are found by the row count and undone", async () => {
    for (let batch = 4; batch <= 6; batch++) {
      for (const applied of [undefined, 1, 2, 3, 4]) {
        const h = install(seed(), "S!A3");
        const before = h.snapshot();
        h.failSync(batch, "GeneralException", applied === undefined ? {} : { afterOperations: applied });
        const error = await run(h).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ExcelActionError);
        expect((error as ExcelActionError).message).toMatch(/^Inserting and writing the rows failed: Excel reported an internal error\. \(GeneralException\) Nothing was changed\.$/);
        expect(h.snapshot()).toEqual(before);
      }
    }
  });

  test("a row count that names no number of landed steps is reported as not undone", async () => {
    const h = install(seed());
    h.failSync(4, "GeneralException");
    // Someone else adds five rows between the failure and the rollback's count: no number of steps adds five.
    h.failSync(({ index }) => {
      if (index === 5) h.userInsertRows("S", "2:6");
      return false;
    });
    const error = await run(h).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "ExcelActionError", restored: false });
    expect((error as Error).message).toMatch(/could not be undone automatically: check the sheet\.$/);
  });
});
