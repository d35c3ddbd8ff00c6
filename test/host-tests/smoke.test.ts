import { createTestHost } from "../host";

test("smoke", async () => {
  const host = createTestHost({ sheets: [{ name: "Stock", values: [["Qty", "Codes"], [2, "A,B"]] }] });
  const v = await host.Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Stock").getRange("A1:B2").load("values, address");
    expect(() => range.values).toThrow(/not available/);
    await context.sync();
    range.getCell(1, 0).values = [["00123"]];
    await context.sync();
    return [range.values, range.address];
  });
  expect(v).toEqual([[["Qty", "Codes"], [2, "A,B"]], "Stock!A1:B2"]);
  expect(host.sheetValues("Stock")).toEqual([["Qty", "Codes"], [123, "A,B"]]);
  expect(host.stats.syncs).toBe(2);
});
