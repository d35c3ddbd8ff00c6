import { createTestHost } from "../host";

const seed = (maxExcelApi?: string) =>
  createTestHost({
    sheets: [{
      name: "S",
      values: [["Qty", "Codes", "x"], [100, "A", 1], [null, "B", 2], [null, "C", 3], [5, "D", null]],
      formulas: [[], [null, null, null], ["=A2+1", null, "=C2+1"], ["=A3+1", null, "=C3+1"], [null, null, "=A5*2"]],
    }],
    ...(maxExcelApi ? { maxExcelApi } : {}),
  });

test("getSpecialCellsOrNullObject(Formulas) gives the formula cells of the range, equal runs of rows merged", async () => {
  const host = seed();
  await host.Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("S").getRange("A1:C5");
    const found = range.getSpecialCellsOrNullObject(host.Excel.SpecialCellType.formulas).load("isNullObject,address,areaCount,cellCount");
    expect(() => found.address).toThrow(/not available/);
    await context.sync();
    expect(found.isNullObject).toBe(false);
    expect(found.address).toBe("S!A3:A4,S!C3:C5");
    expect(found.areaCount).toBe(2);
    expect(found.cellCount).toBe(5);
  });
});

test("only the cells inside the range count; none found is a null object whose properties throw", async () => {
  await seed().Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("S");
    const part = sheet.getRange("B1:C3").getSpecialCellsOrNullObject("Formulas").load("address");
    const none = sheet.getRange("A1:B2").getSpecialCellsOrNullObject("Formulas").load("isNullObject,address");
    await context.sync();
    expect(part.address).toBe("S!C3");
    expect(none.isNullObject).toBe(true);
    expect(() => none.address).toThrow(/null object/);
  });
});

test("getSpecialCells with none found fails the sync with ItemNotFound", async () => {
  await seed().Excel.run(async (context) => {
    context.workbook.worksheets.getItem("S").getRange("B1:B5").getSpecialCells("Formulas").load("address");
    await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});

test("Constants are the non-empty cells without a formula", async () => {
  await seed().Excel.run(async (context) => {
    const found = context.workbook.worksheets.getItem("S").getRange("A2:C5").getSpecialCellsOrNullObject("Constants").load("address");
    await context.sync();
    expect(found.address).toBe("S!A2:C2,S!B3:B4,S!A5:B5");
  });
});

test("a cell type or value type the host does not model is NotImplemented, with a message saying so", async () => {
  await seed().Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("S").getRange("A1:C5");
    range.getSpecialCellsOrNullObject("Blanks").load("isNullObject");
    await expect(context.sync()).rejects.toMatchObject({ code: "NotImplemented", message: expect.stringMatching(/"Formulas" \| "Constants"/) });
  });
  await seed().Excel.run(async (context) => {
    context.workbook.worksheets.getItem("S").getRange("A1:C5").getSpecialCellsOrNullObject("Formulas", "Numbers").load("isNullObject");
    await expect(context.sync()).rejects.toMatchObject({ code: "NotImplemented" });
  });
});

test("below ExcelApi 1.9 getSpecialCellsOrNullObject is not there", async () => {
  await seed("1.8").Excel.run(async (context) => {
    context.workbook.worksheets.getItem("S").getRange("A1:C5").getSpecialCellsOrNullObject("Formulas").load("isNullObject");
    await expect(context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});
