import { createTestHost, type TestHost } from "../host";
import { checkInventory, detectTable, type CellValue } from "../../src/core";
import { readInventory, SETTINGS_KEY, storeSettings, type InventoryRead } from "../../src/excel";

let host: TestHost | undefined;
afterEach(() => {
  host?.uninstall();
  host = undefined;
});

const HEADER = ["Name", "Quantity", "Codes"];

/** A title, 25 blank rows, the header on sheet row 27, then `rows` data rows. */
function titledSheet(rows: number): CellValue[][] {
  const values: CellValue[][] = [["Stock list", "", ""]];
  for (let i = 0; i < 25; i++) values.push(["", "", ""]);
  values.push(HEADER);
  for (let i = 1; i <= rows; i++) values.push([`Item ${i}`, 1, `C${i}`]);
  return values;
}

async function read(options: Parameters<typeof readInventory>[1] = {}): Promise<InventoryRead> {
  return Excel.run((context) => readInventory(context, options));
}

test("a header-window read of a sheet with a title, 25 blank rows and the header finds the header Check finds", async () => {
  host = createTestHost({ sheets: [{ name: "S", values: titledSheet(5_000) }] });
  host.install();
  const whole = await read();
  const checked = checkInventory(whole.values);
  expect(checked.table?.headerRow).toBe(26);

  host.resetStats();
  const window = await read({ headerWindow: true });
  expect(detectTable(window.values)).toEqual(detectTable(whole.values));
  // Blocks of 20, 20 and 40 rows (each as many as read so far) until 20 non-blank rows are in: not 5,000 rows.
  expect(window.values.length).toBe(80);
  expect(window.rect).toEqual({ row: 0, column: 0, rows: 80, columns: 3 });
  expect(host.stats.syncs).toBe(1 + 3);
  // The old read of 21 raw rows saw no header on this sheet.
  expect(detectTable(whole.values.slice(0, 21))).toBeNull();
});

test("a header-window read of a short sheet reads it all, in one block", async () => {
  host = createTestHost({ sheets: [{ name: "S", values: [HEADER, ["A", 1, "C1"], ["B", 2, "C2,C3"]] }] });
  host.install();
  host.resetStats();
  const window = await read({ headerWindow: true });
  expect(window.values).toEqual([HEADER, ["A", 1, "C1"], ["B", 2, "C2,C3"]]);
  expect(host.stats.syncs).toBe(2);
});

test("a header-window read of a table cuts the table to the rows read", async () => {
  host = createTestHost({ sheets: [{ name: "S", values: [HEADER, ...titledSheet(100).slice(27)], tables: [{ name: "Stock", address: "A1:C101" }] }] });
  host.install();
  const window = await read({ headerWindow: true });
  expect(window).toMatchObject({ tableName: "Stock", rect: { row: 0, column: 0, rows: 20, columns: 3 } });
  expect(window.values[0]).toEqual(HEADER);
});

test("the read brings the stored settings, validated in the same sync: a bad value falls back to its default with a warning", async () => {
  host = createTestHost({
    sheets: [{ name: "S", values: [HEADER] }],
    settings: { [SETTINGS_KEY]: JSON.stringify({ summarySheetName: "Report", currencyDecimals: 99 }) },
  });
  host.install();
  host.resetStats();
  const r = await read();
  expect(r.settings).toMatchObject({ summarySheetName: "Report", currencyDecimals: 2 });
  expect(r.settingsWarnings).toEqual([expect.stringMatching(/^The saved setting "currencyDecimals" is not valid \(.+\); the default is used\.$/)]);
  expect(host.stats.syncs).toBe(2);
});

test("settings are stored without the values that belong to one read (origin, last used row)", async () => {
  host = createTestHost({ sheets: [{ name: "S", values: [HEADER] }] });
  host.install();
  const r = await read();
  await Excel.run((context) => storeSettings(context, { ...r.settings, origin: "B3", lastUsedRow: 40, codePrefix: "SKI" }));
  const stored = host.settings()[SETTINGS_KEY] as Record<string, unknown>;
  expect(stored.codePrefix).toBe("SKI");
  expect(Object.keys(stored)).not.toContain("origin");
  expect(Object.keys(stored)).not.toContain("lastUsedRow");
});
