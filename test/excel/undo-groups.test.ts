/**
 * The host refuses APIs without undo support inside a grouped run (mergeUndoGroup, ExcelApi 1.20)
 * with UndoNotSupported, as Microsoft's "Undo capabilities" page lists them: Worksheet.delete
 * everywhere, Worksheet.name and Worksheet.position in Excel on Windows and Mac.
 */
import { createTestHost, type HostSeed } from "../host";

type Step = "delete" | "name" | "position";

async function grouped(step: Step, seed: Partial<HostSeed>, mergeUndoGroup = true): Promise<string> {
  const host = createTestHost({ sheets: [{ name: "A" }, { name: "B" }], maxExcelApi: "1.20", ...seed });
  return host.Excel.run({ mergeUndoGroup }, async (context) => {
    const sheet = context.workbook.worksheets.getItem("B");
    if (step === "delete") sheet.delete();
    if (step === "name") sheet.name = "C";
    if (step === "position") sheet.position = 0;
    await context.sync();
    return host.sheetNames().join(",");
  }).catch((error: { code?: string }) => String(error.code));
}

test("Worksheet.delete in a grouped run fails with UndoNotSupported on every platform; ungrouped it works", async () => {
  for (const platform of ["OfficeOnline", "PC", "Mac"] as const) {
    expect(await grouped("delete", { platform })).toBe("UndoNotSupported");
    expect(await grouped("delete", { platform }, false)).toBe("A");
  }
});

test("renaming or moving a sheet in a grouped run fails on Windows and Mac, works on the web", async () => {
  for (const step of ["name", "position"] as const) {
    expect(await grouped(step, { platform: "PC" })).toBe("UndoNotSupported");
    expect(await grouped(step, { platform: "Mac" })).toBe("UndoNotSupported");
    expect(await grouped(step, { platform: "OfficeOnline" })).not.toBe("UndoNotSupported");
  }
});

test("below ExcelApi 1.20 mergeUndoGroup is ignored, so nothing is refused", async () => {
  expect(await grouped("delete", { platform: "PC", maxExcelApi: "1.19" })).toBe("A");
});
