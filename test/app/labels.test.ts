/**
 * The Labels action (issue 17) through the app on the strict host: the selected rows, the units
 * the last serialize created, what is left out (with cells), and refusals that change nothing.
 */
import { createInventoryApp, type InventoryApp } from "../../src/app";
import { say } from "../../src/core";
import { BarcodeError } from "../../src/labels/barcode-error";
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
  // The pool's units get codes by serializing it; Generate codes (uncodedRows) would not give them.
  expect(done).toMatchObject({ sheetName: "Labels", labels: 5, pages: 1, uncodedRows: [] });
  expect(h.shapes("Labels").map((s) => s.altTextDescription)).toEqual(["S1", "S2", "POLE-01", "H1", "H2"]);
  expect(h.sheetValues("Labels")[0][0]).toBe("S1\nSki A\nSkis");
  expect(done.leftOut).toEqual([expect.objectContaining({ row: 3, address: "Stock!A4", reason: "2 units have no code: serialize the row first (one row per unit, each with its code), then make its labels." })]);
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

test("rows whose units all lack codes are listed: generate codes for a single unit, serialize a pool; nothing is written", async () => {
  const values = [HEADERS, ["Pool", "Poles", 4, "", 1, 1, ""], ["Ski", "Skis", 1, "", 1, 1, ""]];
  const { app, host: h } = setUp({ selection: "Stock!A2:A3" }, values);
  const result = await app.labels("selection");
  expect(result).toMatchObject({ ok: false, kind: "refused", message: "None of the chosen rows has a code to print. Nothing was changed." });
  expect(!result.ok && result.refused?.map((r) => [r.row, r.say?.id, r.reason])).toEqual([
    [1, "labels-pane-uncoded-pool", "4 units have no code: serialize the row first (one row per unit, each with its code), then make its labels."],
    [2, "labels-pane-uncoded", "1 unit has no code: generate codes first."],
  ]);
  expect(h.sheetNames()).toEqual(["Stock"]);
});

test("a selection on a filtered sheet is refused (it would label hidden rows too), nothing drawn or written", async () => {
  const h = createTestHost({
    sheets: [{ name: "Stock", values: STOCK, autoFilter: { address: "A1:G5", hiddenRows: [3] } }], selection: "Stock!A2:A4", maxExcelApi: "1.20",
  });
  h.install();
  host = h;
  const renderer = testRenderer();
  const before = h.snapshot();
  const result = await createInventoryApp({ quietMs: 0, barcodes: renderer }).labels("selection");
  expect(result).toMatchObject({
    ok: false, kind: "refused",
    message: "A filter on \"Stock\" hides rows, and a selection across them would label the hidden rows too: clear the filter first (Data, Clear), then select the rows again. Nothing was changed.",
  });
  expect(renderer.asked).toEqual([]);
  expect(h.snapshot()).toEqual(before);
});

test("a linear barcode prints its code under the bars only when no text line holds the code", async () => {
  const { app, renderer, host: h } = setUp({ selection: "Stock!A2" });
  const asked: string[] = [];
  for (const options of [{ lines: ["name"] }, { lines: ["name"], symbology: "qr" }, { lines: ["code"] }] as const) {
    h.userSelect("Stock!A2");
    valueOf(await app.labels("selection", options));
    asked.push([...new Set(renderer.asked.splice(0).map((r) => `${r.symbology} ${r.showText}`))].join());
  }
  expect(asked).toEqual(["code128 true", "qr false", "code128 false"]);
});

test("bars too thin for the label are left out with the code's cell and our own reason", async () => {
  const long = "ABCDEFGHIJ".repeat(4);
  const values = [...STOCK.slice(0, 2), ["Cable", "Cables", 1, long, 1, 1, ""]];
  setUp({ selection: "Stock!A2:A3" }, values);
  const thin = { png: async (request: BarcodeRequest) => {
    if (request.code === long) throw new BarcodeError(long, "code128", "too thin", say("labels-too-dense", { code: long, width: 0.1, min: 0.19 }));
    return { base64: tinyPng(4, 2), widthPx: 4, heightPx: 2 };
  } };
  const done = valueOf(await createInventoryApp({ quietMs: 0, barcodes: thin }).labels("selection", { layout: "roll57x32" }));
  expect(done.labels).toBe(1);
  expect(done.leftOut).toEqual([expect.objectContaining({
    address: "Stock!D3", reason: `D3: "${long}" is too long for this label: its narrowest bars would print 0.1 mm wide, and scanners need at least 0.19 mm; use QR or a wider label`,
  })]);
});

test("more than 1,000 roll labels are refused before drawing: Excel keeps at most 1,026 page breaks in a sheet", async () => {
  const codes = Array.from({ length: 11 }, (_, i) => `C${i + 1}`).join(",");
  const { app, host: h, renderer } = setUp({ selection: "Stock!A2" }, [HEADERS, ["Cable", "Cables", 11, codes, 1, 11, ""]]);
  const before = h.snapshot();
  const result = await app.labels("selection", { layout: "roll57x32", copies: 91 });
  expect(result).toMatchObject({
    ok: false, kind: "refused",
    message: "1,001 labels make 1,001 pages, and Excel keeps at most 1,026 page breaks in a sheet. Select fewer rows: at most 1,000 labels at a time. Nothing was changed.",
  });
  expect(renderer.asked).toEqual([]);
  expect(h.snapshot()).toEqual(before);
  expect(valueOf(await app.labels("selection", { layout: "roll57x32", copies: 90 })).labels).toBe(990);
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
