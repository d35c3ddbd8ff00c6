/**
 * One header search window for every reader (src/core/header-window.ts): the first 20
 * non-blank rows, whatever blank rows lie between them. Find and the column mapping used to
 * read 21 raw rows, so a title, 25 blank rows and then the header was found by Check only.
 */
import type { CellValue } from "../../src/core";
import { HEADERS, inventoryRows, valueOf, world, type World } from "./helpers";

let w: World;
afterEach(() => w?.host.uninstall());

/** "Stock list", 25 blank rows, then the header (sheet row 27) and `count` rows with codes C1… */
function titledSheet(count: number): CellValue[][] {
  const blank = Array.from({ length: 25 }, () => HEADERS.map(() => ""));
  return [["Stock list", ...HEADERS.slice(1).map(() => "")], ...blank, ...inventoryRows(count)];
}

test("a title, 25 blank rows and then the header: Check, Find and the column mapping all find the table", async () => {
  w = world([{ name: "S", values: titledSheet(30) }]);

  const checked = valueOf(await w.app.check());
  expect(checked.report.table?.headerRow).toBe(26);
  expect(checked.headers).toEqual(HEADERS);
  expect(checked.issues).toEqual([]);

  const found = valueOf(await w.app.findByCode("c12"));
  expect(found).toMatchObject({ found: true, row: 38, address: "S!A39", headers: HEADERS });
  expect(found.found && found.record.slice(0, 4)).toEqual(["Item 12", "Skis", 1, "C12"]);
  expect(w.host.selection()).toEqual(["S!A39:G39"]);

  const mapping = valueOf(await w.app.readHeaders());
  expect(mapping.headers).toEqual(HEADERS);
  expect(mapping.detected).toMatchObject({ name: 0, category: 1, quantity: 2, codes: 3, income: 4, expense: 5 });
});
