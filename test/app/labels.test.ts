/**
 * The Labels action (issue 17) through the app on the strict host: the selected rows, the units
 * the last serialize created, what is left out (with cells), and refusals that change nothing.
 */
import { createInventoryApp, type InventoryApp } from "../../src/app";
import type { BarcodeRequest } from "../../src/labels/barcode-renderer";
import { createTestHost, type HostSeed, type TestHost } from "../host";
import { tinyPng } from "../excel/tiny-png";
import { HEADERS, valueOf } from "./helpers";

let host: TestHost | undefined;
afterEach(() => host?.uninstall());

/** Draws every code as a small PNG and records what it was asked; refuses the code "BAD!". */
function testRenderer() {
  const asked: BarcodeRequest[] = [];
  return {
    asked,
    png: async (request: BarcodeRequest) => {
      asked.push(request);
      if (request.code === "BAD!") throw new Error("bwip-js refused it");
      return { base64: tinyPng(4, 2), widthPx: 4, heightPx: 2 };
    },
  };
}

const STOCK = [
  HEADERS,
  ["Ski A", "Skis", 1, "S1", 10, 1, ""],
  ["Ski B", "Skis", 1, "S2", 10, 1, ""],
  ["Pole pool", "Poles", 3, "POLE-01", 30, 3, ""],
  ["Helmet", "Helmets", 2, "H1,H2", 20, 2, ""],
];

function setUp(seed: Partial<HostSeed> = {}, values = STOCK): { app: InventoryApp; renderer: ReturnType<typeof testRenderer>; host: TestHost } {
  const h = createTestHost({ sheets: [{ name: "Stock", values, formats: values.map((r) => r.map((_v, c) => (c === 3 ? "@" : ""))) }], maxExcelApi: "1.20", ...seed });
  h.install();
  host = h;
  const renderer = testRenderer();
  return { app: createInventoryApp({ quietMs: 0, barcodes: renderer }), renderer, host: h };
}

test("labels for the selected rows: one per code, the pictures on the labels sheet, uncoded units listed with their cell", async () => {
  const { app, host: h, renderer } = setUp({ selection: "Stock!A2:A5" });
  const done = valueOf(await app.labels("selection", { displayLocale: "en-US" }));
  expect(done).toMatchObject({ sheetName: "Labels", labels: 5, pages: 1, uncodedRows: [3] });
  expect(h.shapes("Labels").map((s) => s.altTextDescription)).toEqual(["S1", "S2", "POLE-01", "H1", "H2"]);
  expect(h.sheetValues("Labels")[0][0]).toBe("S1\nSki A\nSkis");
  expect(done.leftOut).toEqual([expect.objectContaining({ row: 3, address: "Stock!A4", reason: "2 units have no code: generate codes first." })]);
  expect(done.message).toBe("5 labels written to Labels on 1 page. Print the sheet with File > Print. 1 code got no label: see the list.");
  expect(renderer.asked[0]).toMatchObject({ code: "S1", symbology: "code128", showText: false });
  expect(renderer.asked[0].widthMm).toBeCloseTo(63.5 - 4, 6);
});

test("copies repeat a label but draw its barcode once; the options choose the layout and the text lines", async () => {
  const { app, host: h, renderer } = setUp({ selection: "Stock!A2:A3" });
  const done = valueOf(await app.labels("selection", { copies: 3, lines: ["code"], layout: "5160" }));
  expect(done.labels).toBe(6);
  expect(renderer.asked.map((r) => r.code)).toEqual(["S1", "S2"]);
  expect(h.printSetup("Labels").paperSize).toBe("Letter");
  expect(h.sheetValues("Labels")[0].slice(0, 5)).toEqual(["S1", "", "S1", "", "S1"]);
});

test("grid rows can be given instead of the selection", async () => {
  const { app, host: h } = setUp();
  valueOf(await app.labels([4]));
  expect(h.shapes("Labels").map((s) => s.altTextDescription)).toEqual(["H1", "H2"]);
});

test("a code the renderer cannot draw is left out with its cell; the other labels are made", async () => {
  const values = [...STOCK.slice(0, 2), ["Odd", "Skis", 1, "BAD!", 1, 1, ""]];
  const { app, host: h } = setUp({ selection: "Stock!A2:A3" }, values);
  const done = valueOf(await app.labels("selection"));
  expect(done.labels).toBe(1);
  expect(done.leftOut).toEqual([expect.objectContaining({ address: "Stock!D3", reason: "The barcode could not be drawn: bwip-js refused it" })]);
  expect(h.shapes("Labels")).toHaveLength(1);
});

test("a selection with no inventory row says what to select and changes nothing", async () => {
  for (const selection of ["Stock!A1", "Stock!A9:A12"]) {
    const { app, host: h } = setUp({ selection });
    const before = h.snapshot();
    const result = await app.labels("selection");
    expect(result).toMatchObject({ ok: false, kind: "refused", message: "Select the inventory rows to make labels for, on Stock. Nothing was changed." });
    expect(h.snapshot()).toEqual(before);
    h.uninstall();
  }
});

test("rows whose units all lack codes are listed, with generate codes offered, and nothing is written", async () => {
  const values = [HEADERS, ["Pool", "Poles", 4, "", 1, 1, ""]];
  const { app, host: h } = setUp({ selection: "Stock!A2" }, values);
  const result = await app.labels("selection");
  expect(result).toMatchObject({ ok: false, kind: "refused", message: "None of the chosen rows has a code to print. Nothing was changed." });
  expect(!result.ok && result.refused).toEqual([expect.objectContaining({ row: 1, say: expect.objectContaining({ id: "labels-pane-uncoded" }) })]);
  expect(h.sheetNames()).toEqual(["Stock"]);
});

test("after a serialize the result counts the new units, and labels('last-created') labels exactly them", async () => {
  const values = [HEADERS, ["Ski A", "Skis", 1, "S1", 10, 1, ""], ["Ski pole", "Poles", 3, "P1,P2,P3", 30, 3, ""], ["Helmet", "Helmets", 1, "H1", 1, 1, ""]];
  const { app, host: h } = setUp({ selection: "Stock!A3" }, values);
  const serialized = valueOf(await app.serializeSelection());
  expect(serialized.newUnits).toBe(3);
  h.userSelect("Stock!A2");
  const done = valueOf(await app.labels("last-created"));
  expect(done.labels).toBe(3);
  expect(h.shapes("Labels").map((s) => s.altTextDescription)).toEqual(["P1", "P2", "P3"]);
});

test("after generate codes labels('last-created') labels the coded rows", async () => {
  const values = [HEADERS, ["Ski A", "Skis", 1, "", 10, 1, ""], ["Ski B", "Skis", 1, "S9", 10, 1, ""], ["Ski C", "Skis", 1, "", 10, 1, ""]];
  const { app, host: h } = setUp({}, values);
  const generated = valueOf(await app.generateCodes("SKI"));
  expect(generated.newUnits).toBe(2);
  valueOf(await app.labels("last-created"));
  expect(h.shapes("Labels").map((s) => s.altTextDescription)).toEqual(h.sheetValues("Stock").filter((r) => r[0] !== "Ski B").slice(1).map((r) => r[3]));
});

test("labels('last-created') with nothing created yet says so", async () => {
  const { app } = setUp();
  expect(await app.labels("last-created")).toMatchObject({ ok: false, kind: "refused", message: "No new units to label yet: serialize rows or generate codes first. Nothing was changed." });
});

test("without ExcelApi 1.9 the action says so, draws nothing and writes nothing", async () => {
  const { app, host: h, renderer } = setUp({ selection: "Stock!A2:A5", maxExcelApi: "1.8" });
  const before = h.snapshot();
  const result = await app.labels("selection");
  expect(result).toMatchObject({ ok: false, kind: "refused" });
  expect(!result.ok && result.message).toMatch(/ExcelApi 1\.9/);
  expect(renderer.asked).toEqual([]);
  expect(h.snapshot()).toEqual(before);
});
