import { createTestHost, type TestHost } from "../host";
import { queueReselect } from "../../src/excel/write-transaction";

let host: TestHost;
afterEach(() => host.uninstall());

function reselect(address: string): Promise<void> {
  return Excel.run(async (context) => {
    queueReselect(context.workbook.worksheets.getItem("S"), address);
    await context.sync();
  });
}

test("several areas are selected again together where RangeAreas.select exists", async () => {
  host = createTestHost({ sheets: [{ name: "S", values: [["a"]] }], maxExcelApi: "1.18" });
  host.install();
  await reselect("S!A2,S!A4:A5");
  expect(host.selection()).toEqual(["S!A2", "S!A4:A5"]);
});

test("areas whose address is longer than getRanges takes: the first area is selected, and the undo does not fail", async () => {
  host = createTestHost({ sheets: [{ name: "S", values: [["a"]] }], maxExcelApi: "1.18" });
  host.install();
  const areas = Array.from({ length: 80 }, (_v, i) => `S!C${2 * i + 10}`);
  expect(areas.map((a) => a.slice(2)).join(",").length).toBeGreaterThan(255);
  await reselect(areas.join(","));
  expect(host.selection()).toEqual(["S!C10"]);
});
