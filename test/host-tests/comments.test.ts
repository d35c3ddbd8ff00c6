/* eslint-disable office-addins/load-object-before-read -- ClientResult.value after sync is valid; the rule mistakes getCount() results for proxies */
import { createTestHost, type HostSeed } from "../host";

const seed = (extra: Partial<HostSeed> = {}) =>
  createTestHost({
    sheets: [
      { name: "S", values: [["Qty"], [1], [2]], comments: { A3: { content: "why 2?", replies: ["typo", "fixed"] } }, notes: { A2: "a note" } },
      { name: "T", comments: { B2: "on T" } },
    ],
    ...extra,
  });

const codeOf = async (p: Promise<unknown>) => p.then(() => "ok", (e: { code?: string }) => e.code);

test("comments.add with a Range or a full address; items, getCount, getItemByCell, getItem(id), getItemAt", async () => {
  const host = seed();
  await host.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("S");
    const added = sheet.comments.add(sheet.getRange("B1"), "check B1").load("id,content,authorName");
    sheet.comments.add("S!C1", "check C1");
    const items = sheet.comments.load("items/content");
    const count = context.workbook.comments.getCount();
    const byCell = sheet.comments.getItemByCell("S!A3").load("content,id");
    const first = context.workbook.comments.getItemAt(0).load("content");
    await context.sync();
    expect(items.items.map((c) => c.content)).toEqual(["check B1", "check C1", "why 2?"]);
    expect(count.value).toBe(4);
    expect(added.authorName).toBe("Test User");
    expect(byCell.content).toBe("why 2?");
    expect(first.content).toBe("check B1");
    const again = context.workbook.comments.getItem(added.id).load("content");
    await context.sync();
    expect(again.content).toBe("check B1");
  });
  expect(host.comments("S")).toEqual({ B1: "check B1", C1: "check C1", A3: "why 2?" });
});

test("a string address without the sheet name fails with InvalidArgument, as does more than one cell", async () => {
  const host = seed();
  await host.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("S");
    sheet.comments.add("B1", "no sheet");
    expect(await codeOf(context.sync())).toBe("InvalidArgument");
    sheet.comments.add(sheet.getRange("B1:B2"), "two cells");
    expect(await codeOf(context.sync())).toBe("InvalidArgument");
  });
  expect(host.comments("S")).toEqual({ A3: "why 2?" });
});

test("getItemByCell of a cell without a comment fails with ItemNotFound; getItemOrNullObject(id) gives a null object", async () => {
  const host = seed();
  await host.Excel.run(async (context) => {
    const none = context.workbook.comments.getItemOrNullObject("{nope}").load("isNullObject");
    await context.sync();
    expect(none.isNullObject).toBe(true);
    context.workbook.comments.getItemByCell("S!B1").load("content");
    expect(await codeOf(context.sync())).toBe("ItemNotFound");
  });
});

test("a cell holds a note or a threaded comment, never both; nor two comments", async () => {
  const host = seed();
  const before = host.snapshot();
  await host.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("S");
    sheet.comments.add("S!A2", "where the note is");
    expect(await codeOf(context.sync())).toBe("InvalidOperation");
    sheet.notes.add("A3", "where the comment is");
    expect(await codeOf(context.sync())).toBe("InvalidOperation");
    sheet.comments.add("S!A3", "second");
    expect(await codeOf(context.sync())).toBe("InvalidOperation");
  });
  expect(() => host.userComment("S", "A2", "x")).toThrow(/note or a comment/);
  expect(() => host.userNote("S", "A3", "x")).toThrow(/note or a comment/);
  expect(host.snapshot()).toEqual(before);
});

test("content set, delete, getLocation; replies are the seeded ones", async () => {
  const host = seed();
  await host.Excel.run(async (context) => {
    const comment = context.workbook.comments.getItemByCell("S!A3");
    const replies = comment.replies.load("items/content");
    const replyCount = comment.replies.getCount();
    const where = comment.getLocation().load("address");
    comment.content = "edited";
    await context.sync();
    expect(replies.items.map((r) => r.content)).toEqual(["typo", "fixed"]);
    expect(replyCount.value).toBe(2);
    expect(where.address).toBe("S!A3");
    expect(host.comments("S")).toEqual({ A3: "edited" });
    comment.delete();
    const onT = context.workbook.worksheets.getItem("T").comments.getItemByCell("T!B2");
    const none = onT.replies.getCount();
    await context.sync();
    expect(none.value).toBe(0);
  });
  expect(host.comments("S")).toEqual({});
});

test("comments move with inserted and deleted rows and go with deleted rows; clear(All) removes them", async () => {
  const host = seed({ sheets: [{ name: "S", comments: { A2: "two", A4: "four", B9: "nine" } }] });
  host.userInsertRows("S", "1:1");
  expect(host.comments("S")).toEqual({ A3: "two", A5: "four", B10: "nine" });
  host.userDeleteRows("S", "3:3");
  expect(host.comments("S")).toEqual({ A4: "four", B9: "nine" });
  await host.Excel.run(async (context) => {
    context.workbook.worksheets.getItem("S").getRange("B9").clear("Contents");
    context.workbook.worksheets.getItem("S").getRange("A4").clear("All");
    await context.sync();
  });
  expect(host.comments("S")).toEqual({ B9: "nine" });
});

test("protected sheet: comment writes fail with AccessDenied and change nothing", async () => {
  const host = seed();
  host.protect("S");
  const before = host.snapshot();
  await host.Excel.run(async (context) => {
    context.workbook.comments.add("S!B1", "x");
    expect(await codeOf(context.sync())).toBe("AccessDenied");
    context.workbook.comments.getItemByCell("S!A3").content = "y";
    expect(await codeOf(context.sync())).toBe("AccessDenied");
    context.workbook.comments.getItemByCell("S!A3").delete();
    expect(await codeOf(context.sync())).toBe("AccessDenied");
  });
  expect(host.snapshot()).toEqual(before);
});

test("below ExcelApi 1.10 comments fail with ApiNotFound; getItemOrNullObject needs 1.14", async () => {
  const old = seed({ maxExcelApi: "1.9" });
  await old.Excel.run(async (context) => {
    void context.workbook.comments;
    expect(await codeOf(context.sync())).toBe("ApiNotFound");
  });
  const mid = seed({ maxExcelApi: "1.13" });
  await mid.Excel.run(async (context) => {
    const count = context.workbook.comments.getCount();
    await context.sync();
    expect(count.value).toBe(2);
    context.workbook.comments.getItemOrNullObject("x");
    expect(await codeOf(context.sync())).toBe("ApiNotFound");
  });
});

test("snapshot carries comments with their replies and seeds back; userComment writes, edits and deletes without onChanged", async () => {
  const host = seed();
  const snap = host.snapshot();
  expect(snap.sheets[0].comments).toEqual({ A3: { content: "why 2?", replies: ["typo", "fixed"] } });
  expect(snap.sheets[1].comments).toEqual({ B2: "on T" });
  expect(createTestHost({ sheets: snap.sheets }).snapshot().sheets).toEqual(snap.sheets);
  const seen: unknown[] = [];
  await host.Excel.run(async (context) => {
    context.workbook.worksheets.getItem("S").onChanged.add(async (e) => { seen.push(e); });
    await context.sync();
  });
  host.userComment("S", "C1", "new");
  host.userComment("S", "C1", "edited");
  expect(host.comments("S")).toEqual({ C1: "edited", A3: "why 2?" });
  host.userComment("S", "C1", null);
  await host.flushEvents();
  expect(seen).toEqual([]);
  expect(host.snapshot()).toEqual(snap);
});

test("comment content counts toward the request payload", async () => {
  const host = seed({ payloadLimitBytes: 5_000 });
  await host.Excel.run(async (context) => {
    context.workbook.comments.add("S!B1", "x".repeat(6_000));
    expect(await codeOf(context.sync())).toBe("RequestPayloadSizeLimitExceeded");
  });
  expect(host.comments("S")).toEqual({ A3: "why 2?" });
});
