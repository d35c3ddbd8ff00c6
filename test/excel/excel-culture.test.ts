import { createTestHost, type HostCultureSeed, type TestHost } from "../host";
import { readInventory } from "../../src/excel";

let host: TestHost | undefined;
afterEach(() => {
  host?.uninstall();
  host = undefined;
});

const VALUES = [["Name", "Quantity", "Codes"], ["Skis", 1, "C1"]];

/** Installs a host in `culture` and records the operations of every sync. */
function install(culture?: HostCultureSeed, maxExcelApi = "1.20"): string[][] {
  host = createTestHost({ sheets: [{ name: "S", values: VALUES }], culture, maxExcelApi });
  host.install();
  const syncs: string[][] = [];
  host.failSync(({ operations }) => {
    syncs.push(operations);
    return false;
  });
  return syncs;
}

const read = () => Excel.run((context) => readInventory(context));

test("the first read learns Excel's culture in its first sync, and later reads of the session do not ask again", async () => {
  const syncs = install({ name: "fi-FI" });
  const first = await read();
  expect(first.culture).toBe("fi-FI");
  expect(first.syncs).toBe(2);
  expect(syncs[0].some((op) => op.startsWith("CultureInfo.load"))).toBe(true);

  syncs.length = 0;
  const second = await read();
  expect(second.culture).toBe("fi-FI");
  expect(second.syncs).toBe(2);
  expect(syncs.flat().some((op) => op.includes("CultureInfo") || op.includes("Application.load"))).toBe(false);
});

test("Excel's own separators win over the culture's name", async () => {
  install({ name: "fi-FI", decimal: ".", group: "," });
  expect((await read()).culture).toBe("fi-FI-x-d002e-g002c");
});

test("a culture whose separators are its name's is just the name (any space groups)", async () => {
  install({ name: "fr-FR", group: "\u00a0" });
  expect((await read()).culture).toBe("fr-FR");
});

test("below ExcelApi 1.11 the editing language names the culture, and nothing above 1.11 is asked for", async () => {
  const syncs = install({ name: "de-DE" }, "1.10");
  const got = await read();
  expect(got.culture).toBe("de-DE");
  expect(syncs.flat().some((op) => op.includes("CultureInfo"))).toBe(false);
});

test("an en-US Excel gives en-US", async () => {
  install();
  expect((await read()).culture).toBe("en-US");
});
