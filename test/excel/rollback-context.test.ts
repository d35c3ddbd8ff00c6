import { createTestHost } from "../host";
import { rollbackContext } from "../../src/excel/office-run";

test("a rollback after an exception while queueing never sends the half-queued change", async () => {
  const host = createTestHost({ sheets: [{ name: "S", values: [["keep"]] }] });
  host.install();
  try {
    await expect(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("S");
        sheet.getRange("A1").values = [["half-queued"]];
        const error = new Error("thrown while queueing");
        await rollbackContext(context, error, async (ctx) => {
          ctx.workbook.worksheets.getItem("S").getRange("B1").values = [["rolled back"]];
          await ctx.sync();
        });
        throw error;
      }),
    ).rejects.toThrow("thrown while queueing");
    expect(host.sheetValues("S")).toEqual([["keep", "rolled back"]]);
  } finally {
    host.uninstall();
  }
});
