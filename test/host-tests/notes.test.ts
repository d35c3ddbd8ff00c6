/* eslint-disable office-addins/load-object-before-read -- ClientResult.value after sync is valid; the rule mistakes getCount() results for proxies */
import { createTestHost, type HostSeed } from "../host";

const seed = (extra: Partial<HostSeed> = {}) =>
  createTestHost({
    sheets: [
      { name: "S", values: [["Qty"], [1], [2], [3], [4]], notes: { A3: "user note" } },
      { name: "T", notes: { B2: "on T" } },
    ],
    ...extra,
  });

const codeOf = async (p: Promise<unknown>) => p.then(() => "ok", (e: { code?: string }) => e.code);

test("notes.add puts a note on one cell; load(items/content) and getCount read them, in cell order", async () => {
  const host = seed();
  await host.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("S");
    const added = sheet.notes.add(sheet.getRange("A2"), "mine");
    sheet.notes.add("C1", "by address");
    const notes = sheet.notes.load("items/content");
    const count = sheet.notes.getCount();
    added.load("content,authorName");
    await context.sync();
    expect(notes.items.map((n) => n.content)).toEqual(["by address", "mine", "user note"]);
    expect(count.value).toBe(3);
    expect(added.content).toBe("mine");
    expect(added.authorName).toBe("Test User");
  });
  expect(host.notes("S")).toEqual({ C1: "by address", A2: "mine", A3: "user note" });
});

test("Workbook.notes spans every sheet; a bare address there must name its sheet", async () => {
  const host = seed();
  await host.Excel.run(async (context) => {
    const count = context.workbook.notes.getCount();
    const onT = context.workbook.notes.getItem("T!B2").load("content");
    const first = context.workbook.notes.getItemAt(0).load("content");
    await context.sync();
    expect(count.value).toBe(2);
    expect(onT.content).toBe("on T");
    expect(first.content).toBe("user note");
    context.workbook.notes.add("A1", "where?");
    expect(await codeOf(context.sync())).toBe("InvalidArgument");
  });
});

test("getItem of a cell without a note fails with ItemNotFound; getItemOrNullObject is a null object; getItemAt past the end fails", async () => {
  const host = seed();
  await host.Excel.run(async (context) => {
    const notes = context.workbook.worksheets.getItem("S").notes;
    const none = notes.getItemOrNullObject("A1").load("isNullObject");
    const some = notes.getItemOrNullObject("A3").load("isNullObject,content");
    await context.sync();
    expect(none.isNullObject).toBe(true);
    expect(some.isNullObject).toBe(false);
    expect(some.content).toBe("user note");
    notes.getItem("A1").load("content");
    expect(await codeOf(context.sync())).toBe("ItemNotFound");
    notes.getItemAt(5).load("content");
    expect(await codeOf(context.sync())).toBe("ItemNotFound");
  });
});

test("one note per cell: add on a cell with a note fails with InvalidOperation and changes nothing", async () => {
  const host = seed();
  const before = host.snapshot();
  await host.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("S");
    sheet.notes.add("A4", "fine");
    sheet.notes.add("A3", "again");
    expect(await codeOf(context.sync())).toBe("InvalidOperation");
  });
  expect(host.snapshot()).toEqual(before);
});

test("add needs a single cell (InvalidArgument)", async () => {
  const host = seed();
  await host.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("S");
    sheet.notes.add(sheet.getRange("A1:A2"), "two cells");
    expect(await codeOf(context.sync())).toBe("InvalidArgument");
  });
  expect(host.notes("S")).toEqual({ A3: "user note" });
});

test("content can be changed and the note deleted; getLocation gives its cell", async () => {
  const host = seed();
  await host.Excel.run(async (context) => {
    const notes = context.workbook.worksheets.getItem("S").notes;
    const note = notes.getItem("A3");
    const where = note.getLocation().load("address");
    note.content = "edited";
    await context.sync();
    expect(where.address).toBe("S!A3");
    expect(host.notes("S")).toEqual({ A3: "edited" });
    note.delete();
    await context.sync();
  });
  expect(host.notes("S")).toEqual({});
  expect(host.snapshot().sheets[0]).not.toHaveProperty("notes");
});

test("notes move with inserted and deleted rows, and go with deleted rows", async () => {
  const host = seed({ sheets: [{ name: "S", notes: { A3: "three", A5: "five", B2: "two" } }] });
  host.userInsertRows("S", "3:4");
  expect(host.notes("S")).toEqual({ B2: "two", A5: "three", A7: "five" });
  host.userDeleteRows("S", "4:5");
  expect(host.notes("S")).toEqual({ B2: "two", A5: "five" });
  await host.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("S");
    const note = sheet.notes.getItem("A5");
    sheet.getRange("1:1").insert("Down");
    const where = note.getLocation().load("address");
    note.load("content");
    await context.sync();
    expect(where.address).toBe("S!A6");
    expect(note.content).toBe("five");
  });
});

test("copyFrom All copies notes (replacing the target's); Values does not", async () => {
  const host = seed({ sheets: [{ name: "S", values: [["a"], ["b"]], notes: { A1: "src", C2: "old" } }] });
  await host.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("S");
    sheet.getRange("C1:C2").copyFrom("A1:A2", "All");
    sheet.getRange("D1:D2").copyFrom("A1:A2", "Values");
    await context.sync();
  });
  expect(host.notes("S")).toEqual({ A1: "src", C1: "src" });
});

test("clear(All) removes notes; clear(Contents) and clear(Formats) keep them", async () => {
  const host = seed({ sheets: [{ name: "S", values: [["a", "b", "c"]], notes: { A1: "1", B1: "2", C1: "3" } }] });
  await host.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("S");
    sheet.getRange("A1").clear("All");
    sheet.getRange("B1").clear("Contents");
    sheet.getRange("C1").clear("Formats");
    await context.sync();
  });
  expect(host.notes("S")).toEqual({ B1: "2", C1: "3" });
});

test("on a protected sheet adding, editing and deleting notes fail as other writes do, changing nothing", async () => {
  const host = seed();
  host.protect("S");
  const before = host.snapshot();
  await host.Excel.run(async (context) => {
    const notes = context.workbook.worksheets.getItem("S").notes;
    notes.add("A1", "x");
    expect(await codeOf(context.sync())).toBe("AccessDenied");
    notes.getItem("A3").content = "y";
    expect(await codeOf(context.sync())).toBe("AccessDenied");
    notes.getItem("A3").delete();
    expect(await codeOf(context.sync())).toBe("AccessDenied");
  });
  expect(host.snapshot()).toEqual(before);
});

test("below ExcelApi 1.18 the note members fail with ApiNotFound", async () => {
  const host = seed({ maxExcelApi: "1.17" });
  await host.Excel.run(async (context) => {
    void context.workbook.worksheets.getItem("S").notes;
    expect(await codeOf(context.sync())).toBe("ApiNotFound");
    void context.workbook.notes;
    expect(await codeOf(context.sync())).toBe("ApiNotFound");
  });
});

test("a failed sync leaves notes as they were (the sheet's note map is copied before the change)", async () => {
  const host = seed();
  const before = host.snapshot();
  host.failSync(1, "GeneralException", { afterOperations: 0 });
  await host.Excel.run(async (context) => {
    const notes = context.workbook.worksheets.getItem("S").notes;
    notes.add("A1", "x");
    notes.getItem("A3").content = "changed";
    expect(await codeOf(context.sync())).toBe("GeneralException");
  });
  expect(host.snapshot()).toEqual(before);
  await host.Excel.run(async (context) => {
    const notes = context.workbook.worksheets.getItem("S").notes;
    notes.add("A1", "x");
    notes.add("A3", "clash");
    expect(await codeOf(context.sync())).toBe("InvalidOperation");
  });
  expect(host.snapshot()).toEqual(before);
});

test("snapshot carries the notes, seeds back, and a leftover note breaks deep equality", async () => {
  const host = seed();
  const snap = host.snapshot();
  expect(snap.sheets[0].notes).toEqual({ A3: "user note" });
  expect(createTestHost({ sheets: snap.sheets }).snapshot().sheets).toEqual(snap.sheets);
  host.userNote("S", "A1", "left over");
  expect(host.snapshot()).not.toEqual(snap);
  host.userNote("S", "A1", null);
  expect(host.snapshot()).toEqual(snap);
});

test("userNote writes, edits and deletes a note and fires no onChanged", async () => {
  const host = seed();
  const seen: unknown[] = [];
  await host.Excel.run(async (context) => {
    context.workbook.worksheets.getItem("S").onChanged.add(async (e) => { seen.push(e); });
    await context.sync();
  });
  host.userNote("S", "B1", "new");
  host.userNote("S", "A3", "edited");
  host.userNote("S", "B1", null);
  await host.flushEvents();
  expect(host.notes("S")).toEqual({ A3: "edited" });
  expect(seen).toEqual([]);
});

test("note content counts toward the request and loaded content toward the response", async () => {
  const host = seed();
  const big = "x".repeat(10_000);
  await host.Excel.run(async (context) => {
    context.workbook.worksheets.getItem("S").notes.add("A1", big);
    await context.sync();
    expect(host.stats.requests.at(-1)).toBeGreaterThan(10_000);
    context.workbook.worksheets.getItem("S").notes.load("items/content");
    await context.sync();
    expect(host.stats.responses.at(-1)).toBeGreaterThan(10_000);
  });
  const limited = seed({ payloadLimitBytes: 5_000 });
  await limited.Excel.run(async (context) => {
    context.workbook.worksheets.getItem("S").notes.add("A1", big);
    expect(await codeOf(context.sync())).toBe("RequestPayloadSizeLimitExceeded");
  });
  expect(limited.notes("S")).toEqual({ A3: "user note" });
});
