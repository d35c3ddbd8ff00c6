/**
 * The Issues sheet on the strict host (issue 18 point 3): one text line per issue in the check's
 * order, localized name and words, a user's "Issues" untouched, rerun replaces, a failure at any
 * sync leaves the workbook as it was, blocks under the payload limit, no links below ExcelApi 1.7.
 */
import { textIn } from "../../src/core";
import { ActionRefusedError, ExcelActionError, ISSUES_IDS_KEY, StepFailure, writeIssuesSheet, type IssueLine } from "../../src/excel";
import { linkTarget, valueText } from "../../src/excel/issues-sheet-lines";
import { createTestHost, type HostSeed, type TestHost } from "../host";

let host: TestHost | undefined;
afterEach(() => host?.uninstall());

function install(seed: Partial<HostSeed> = {}): TestHost {
  host = createTestHost({ sheets: [{ name: "Stock", values: [["Name", "Qty"], ["Pole", "x"]] }], maxExcelApi: "1.20", ...seed });
  host.install();
  return host;
}

const issue = (row: number, value: IssueLine["value"], extra: Partial<IssueLine> = {}): IssueLine => ({
  row, column: 1, severity: "error", rule: "quantity-not-a-number", message: `quantity "${String(value)}" is not a number`, value, ...extra,
});

interface WriteOptions {
  locale?: string;
  source?: string;
  blockBytes?: number;
  numberLocale?: string;
  onProgress?: (done: number, total: number) => void;
}

const write = (h: TestHost, issues: readonly IssueLine[], options: WriteOptions = {}) =>
  h.Excel.run((context) => writeIssuesSheet(context, issues, {
    ...options, locale: options.locale ?? "en-US", sourceName: options.source ?? "Stock",
  }));

const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (e: unknown) => e);

test("one line per issue under bold headings: cell, severity, rule, message and current value, every cell text", async () => {
  const h = install();
  const done = await write(h, [issue(1, "x"), issue(4, 2.5, { rule: "quantity-not-whole", severity: "warning", message: "not whole" })]);
  expect(done).toEqual({ sheetName: "Issues", replaced: false, links: true, blocks: 1 });
  expect(h.sheetValues("Issues")).toEqual([
    ["Cell", "Severity", "Rule", "Message", "Current value"],
    ["B2", "Error", "Quantity is not a number (quantity-not-a-number)", 'quantity "x" is not a number', "x"],
    ["B5", "Warning", "Quantity is not a whole number (quantity-not-whole)", "not whole", "2.5"],
  ]);
  expect(h.sheetFormats("Issues").flat()).toEqual(Array(15).fill("@"));
  expect(h.activeSheet()).toBe("Issues");
});

test("values that look like formulas, numbers or dates stay the text they were", async () => {
  const h = install();
  const hostile = ["=1+1", '=HYPERLINK("http://evil.example","x")', "+1+1", "-5", "@SUM(1)", "00123", "3-4", "\t=1"];
  await write(h, hostile.map((v, i) => issue(i + 1, v)));
  const values = h.sheetValues("Issues");
  expect(values.slice(1).map((row) => row[4])).toEqual(hostile);
  // No cell of the sheet holds a formula.
  expect(h.sheetFormulas("Issues").flat().filter((f) => f !== null && f !== undefined && f !== "")).toEqual([]);
  expect(h.sheetFormats("Issues").slice(1).map((row) => row[4])).toEqual(Array(hostile.length).fill("@"));
});

test("a current value is the cell's value as text: numbers with the decimal separator Excel shows, TRUE/FALSE, empty", async () => {
  expect(valueText(12.5, ",")).toBe("12,5");
  expect(valueText(-3)).toBe("-3");
  expect(valueText(true)).toBe("TRUE");
  expect(valueText(null)).toBe("");
  const h = install();
  await write(h, [issue(1, 12.5)], { numberLocale: "fi-FI" });
  expect(h.sheetValues("Issues")[1][4]).toBe("12,5");
});

test("a link names its sheet quoted, an apostrophe doubled", () => {
  expect(linkTarget("Stock", 13, 2)).toBe("'Stock'!C14");
  expect(linkTarget("Bob's stock 2", 0, 0)).toBe("'Bob''s stock 2'!A1");
});

test("in fi-FI the sheet, headings and severities are Finnish", async () => {
  const h = install();
  const done = await write(h, [issue(1, "x", { severity: "warning" })], { locale: "fi-FI" });
  const name = textIn("fi-FI", "issues-export-sheet-name");
  expect(name).not.toBe("Issues");
  expect(done.sheetName).toBe(name);
  const values = h.sheetValues(name);
  expect(values[0]).toEqual(["cell", "severity", "rule", "message", "value"].map((k) => textIn("fi-FI", `issues-export-heading-${k}` as never)));
  expect(values[1][1]).toBe(textIn("fi-FI", "issues-export-severity-warning"));
  // The rule by the name the pane gives it in Finnish, its id after it.
  expect(values[1][2]).toBe("Määrä ei ole luku (quantity-not-a-number)");
});

test("no issues: the sheet says so in one line", async () => {
  const h = install();
  await write(h, []);
  expect(h.sheetValues("Issues")).toEqual([["Cell", "Severity", "Rule", "Message", "Current value"], ["No issues on Stock.", "", "", "", ""]]);
});

test("a rerun replaces our sheet in place; a user's sheet called Issues is never touched", async () => {
  const h = install({ sheets: [{ name: "Stock" }, { name: "Issues", values: [["mine"]] }, { name: "Other" }] });
  expect((await write(h, [issue(1, "a"), issue(2, "b")])).sheetName).toBe("Issues (2)");
  const second = await write(h, [issue(3, "c")]);
  expect(second).toMatchObject({ sheetName: "Issues (2)", replaced: true });
  expect(h.sheetNames()).toEqual(["Stock", "Issues", "Other", "Issues (2)"]);
  expect(h.sheetValues("Issues (2)").slice(1)).toEqual([["B4", "Error", "Quantity is not a number (quantity-not-a-number)", 'quantity "c" is not a number', "c"]]);
  expect(h.sheetValues("Issues")).toEqual([["mine"]]);
  expect(Object.values(h.settings()[ISSUES_IDS_KEY] as Record<string, string>)).toEqual(["Stock"]);
});

test("a list made in English is replaced by the Finnish one, not kept beside it", async () => {
  const h = install();
  await write(h, [issue(1, "a")]);
  const done = await write(h, [issue(1, "a")], { locale: "fi-FI" });
  expect(done.replaced).toBe(true);
  expect(h.sheetNames()).toEqual(["Stock", textIn("fi-FI", "issues-export-sheet-name")]);
});

test("every name taken by the user's sheets: refused, nothing changed", async () => {
  const names = ["Issues", ...Array.from({ length: 99 }, (_, i) => `Issues (${i + 2})`)];
  const h = install({ sheets: [{ name: "Stock" }, ...names.map((name) => ({ name }))] });
  const before = h.snapshot();
  const error = await failure(write(h, [issue(1, "a")]));
  expect(error).toBeInstanceOf(ActionRefusedError);
  expect((error as ActionRefusedError).say?.map((s) => s.id)).toEqual(["issues-export-names-taken", "nothing-changed"]);
  expect(h.snapshot()).toEqual(before);
});

describe("a failure at any sync leaves the workbook as it was", () => {
  const lines = Array.from({ length: 30 }, (_, i) => issue(i + 1, `v${i}`));
  const syncsOf = async (seed: Partial<HostSeed>, first: boolean) => {
    const h = install(seed);
    if (!first) await write(h, [issue(1, "old")]);
    h.resetStats();
    await write(h, lines, { blockBytes: 1_500 });
    const count = h.stats.syncs;
    h.uninstall();
    return count;
  };

  test.each([
    ["a first list", true, "1.20"],
    ["a rerun over our list", false, "1.20"],
    ["a rerun where sheets carry no tags (ExcelApi 1.11)", false, "1.11"],
  ])("%s", async (_name, first, maxExcelApi) => {
    const total = await syncsOf({ maxExcelApi }, first);
    expect(total).toBeGreaterThan(4);
    for (let n = 1; n <= total; n++) {
      const h = install({ maxExcelApi });
      if (!first) await write(h, [issue(1, "old")]);
      const before = h.snapshot();
      h.failSync(n);
      const error = await failure(write(h, lines, { blockBytes: 1_500 }));
      // Finding the target writes nothing (a StepFailure); any later failure says the workbook is as before.
      expect([n, error instanceof StepFailure || (error instanceof ExcelActionError && error.restored)]).toEqual([n, true]);
      expect(h.snapshot()).toEqual(before);
      h.uninstall();
    }
  });

  test("the swap stopped part-way, after the old sheet went: the new list takes its place", async () => {
    const h = install();
    await write(h, [issue(1, "old")]);
    // The ids setting and the old sheet's delete ran; the rename did not.
    h.failSync(({ operations }) => operations.includes("Worksheet.delete"), "GeneralException", { afterOperations: 2 });
    const done = await write(h, [issue(2, "new")]);
    expect(done).toMatchObject({ sheetName: "Issues", replaced: true });
    expect(h.sheetNames()).toEqual(["Stock", "Issues"]);
    expect(h.sheetValues("Issues")[1][4]).toBe("new");
    expect(Object.keys(h.settings()[ISSUES_IDS_KEY] as Record<string, string>)).toHaveLength(1);
  });
});

describe("2,000 issues", () => {
  const many = Array.from({ length: 2_000 }, (_, i) => issue(i + 1, `=A${i}`, { message: `message ${i} `.repeat(4) }));

  test("go in blocks whose requests stay under a lowered payload limit, in the check's order", async () => {
    const h = install({ payloadLimitBytes: 120_000 });
    h.resetStats();
    const progress: [number, number][] = [];
    const done = await write(h, many, { blockBytes: 100_000, onProgress: (n, total) => progress.push([n, total]) });
    expect(done.blocks).toBeGreaterThan(5);
    expect(progress).toHaveLength(done.blocks);
    expect(progress[progress.length - 1]).toEqual([2_000, 2_000]);
    expect(Math.max(...h.stats.requests)).toBeLessThan(120_000);
    const values = h.sheetValues("Issues");
    expect(values).toHaveLength(2_001);
    expect(values[2_000]).toEqual(["B2001", "Error", "Quantity is not a number (quantity-not-a-number)", "message 1999 ".repeat(4), "=A1999"]);
  });

  test("a block Excel still finds too large is halved and sent again", async () => {
    const h = install({ payloadLimitBytes: 120_000 });
    h.resetStats();
    const done = await write(h, many, { blockBytes: 1_000_000 });
    expect(done.blocks).toBeGreaterThan(1);
    // The too-large requests failed, applied nothing, and were sent again in halves.
    expect(h.stats.requests.filter((bytes) => bytes > 120_000).length).toBeGreaterThan(0);
    const values = h.sheetValues("Issues");
    expect(values).toHaveLength(2_001);
    expect(values.slice(1).map((row) => row[4])).toEqual(many.map((i) => i.value));
  });
});

test("below ExcelApi 1.7 the Cell column is plain text and the result says so", async () => {
  const h = install({ maxExcelApi: "1.6" });
  const done = await write(h, [issue(1, "x")]);
  expect(done.links).toBe(false);
  expect(h.sheetValues("Issues")[1][0]).toBe("B2");
});

test("fewer than 500 issues report no progress", async () => {
  const h = install();
  const progress: number[] = [];
  await write(h, Array.from({ length: 40 }, (_, i) => issue(i + 1, "x")), { blockBytes: 1_000, onProgress: (n) => progress.push(n) });
  expect(progress).toEqual([]);
});

describe("each Cell is a hyperlink property to its cell, never a HYPERLINK formula", () => {
  test("one link per issue line, pointing at the right cell of the inventory", async () => {
    const h = install();
    await write(h, [issue(1, "x"), issue(13, "y", { column: 2 }), issue(2, 5, { column: 0 })]);
    expect(h.hyperlinks("Issues")).toEqual({
      A2: { documentReference: "'Stock'!B2", textToDisplay: "B2" },
      A3: { documentReference: "'Stock'!C14", textToDisplay: "C14" },
      A4: { documentReference: "'Stock'!A3", textToDisplay: "A3" },
    });
    expect(h.sheetValues("Issues").slice(1).map((row) => row[0])).toEqual(["B2", "C14", "A3"]);
    expect(h.sheetFormulas("Issues").flat().filter((f) => f !== null && f !== undefined && f !== "")).toEqual([]);
  });

  test("a sheet name with a space and an apostrophe is quoted as Excel needs, the apostrophe doubled", async () => {
    const h = install({ sheets: [{ name: "Bob's stock", values: [["Qty"], ["x"]] }] });
    await write(h, [issue(1, "x", { column: 0 })], { source: "Bob's stock" });
    expect(h.hyperlinks("Issues")).toEqual({ A2: { documentReference: "'Bob''s stock'!A2", textToDisplay: "A2" } });
  });

  test("2,000 links go in the blocks with their lines, under the lowered payload limit", async () => {
    const h = install({ payloadLimitBytes: 120_000 });
    h.resetStats();
    await write(h, Array.from({ length: 2_000 }, (_, i) => issue(i + 1, "x")), { blockBytes: 100_000 });
    expect(Math.max(...h.stats.requests)).toBeLessThan(120_000);
    const links = h.hyperlinks("Issues");
    expect(Object.keys(links)).toHaveLength(2_000);
    expect(links.A2001).toEqual({ documentReference: "'Stock'!B2001", textToDisplay: "B2001" });
  });

  test("a rerun's list has only its own links; a failed run leaves the old links as they were", async () => {
    const h = install();
    await write(h, [issue(1, "a"), issue(2, "b")]);
    await write(h, [issue(5, "c")]);
    expect(h.hyperlinks("Issues")).toEqual({ A2: { documentReference: "'Stock'!B6", textToDisplay: "B6" } });
    const before = h.snapshot();
    h.failSync(({ operations }) => operations.some((op) => op.startsWith("Range.hyperlink")));
    await failure(write(h, [issue(7, "d")]));
    expect(h.snapshot()).toEqual(before);
  });

  test("below ExcelApi 1.7 there are no links", async () => {
    const h = install({ maxExcelApi: "1.6" });
    await write(h, [issue(1, "x")]);
    expect(h.hyperlinks("Issues")).toEqual({});
  });
});
