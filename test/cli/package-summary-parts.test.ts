/** The pieces of `summary --out` part by part: styles appended, the sheet drawn, the copy refused where the whole path must run. */
import { readFileSync } from "node:fs";
import JSZip from "jszip";
import { summarizeByCategory, type CellValue } from "../../src/core";
import { drawSummary } from "../../src/cli/xlsx-package/summary-draw";
import { mergeStyles, stylesNotExtendable } from "../../src/cli/xlsx-package/summary-styles";
import { summaryNotCopyable } from "../../src/cli/xlsx-package/summary-copyable";
import { packageForCopy } from "../../src/cli/xlsx-package/package-input";
import type { SummarySheetInput } from "../../src/cli/write-summary";
import { cellFormats } from "../../src/cli/xlsx-package/cell-formats";
import { BUILT_IN_FORMATS } from "../../src/cli/xlsx-package/built-in-formats";
import { entryBytes, findEntry, rawData } from "../../src/cli/zip/zip-read";
import { packageOf, writeShapedWorkbook } from "./package-summary-support";
import { tempDir } from "./support/workbooks";

const grid: CellValue[][] = [
  ["Name", "Category", "Qty", "Codes", "Income", "Expense"],
  ["A", "Skis", 1, "C-1", 10, 1],
  ["B", "<Boots> & co", 2, "C-2, C-3", 12.5, 2],
];
const input = (moneyFormat = '"$"#,##0.00'): SummarySheetInput => ({ summary: summarizeByCategory(grid), sheetName: "Inventory summary", source: "Stock", moneyFormat, now: new Date(2026, 0, 2, 3, 4, 5) });

const STYLES = (numFmts: string, extra = "") =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  numFmts +
  '<fonts count="2"><font><sz val="10"/><name val="Arial"/></font><font><i/><sz val="10"/><name val="Arial"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>${extra}</styleSheet>`;
const OWN_FORMATS = '<numFmts count="2"><numFmt numFmtId="164" formatCode="0.000&quot; kg&quot;"/><numFmt numFmtId="165" formatCode="&quot;$&quot;#,##0.00"/></numFmts>';

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const elements = (xml: string, list: string, child: string) => (new RegExp(`<${list}[^>]*>([\\s\\S]*?)</${list}>`).exec(xml)?.[1] ?? "").match(new RegExp(`<${child}(?=[\\s/>])[^>]*>`, "g")) ?? [];

describe("the summary's styles appended to the input's", () => {
  test("a format code the input has keeps its id; a new code gets the next free id from 164 up; built-in ids stay", async () => {
    const drawn = await drawSummary({ sheetNames: ["Stock"], tableNames: [], date1904: false }, input());
    const merged = mergeStyles(STYLES(OWN_FORMATS), drawn.styles);
    const formats = elements(merged.xml, "numFmts", "numFmt").map((t) => `${attr(t, "numFmtId")}=${attr(t, "formatCode")}`);
    expect(formats).toEqual(["164=0.000&quot; kg&quot;", "165=&quot;$&quot;#,##0.00", "166=yyyy-mm-dd hh:mm", "167=0.0%"]);
    expect(attr(/<numFmts[^>]*>/.exec(merged.xml)![0], "count")).toBe("4");
    const xfs = elements(merged.xml, "cellXfs", "xf");
    const summaryXfs = elements(drawn.styles, "cellXfs", "xf");
    expect(xfs).toHaveLength(3 + summaryXfs.length - 1);
    expect(attr(/<cellXfs[^>]*>/.exec(merged.xml)![0], "count")).toBe(String(xfs.length));
    // Each summary format lands on a merged one with the same number format code and boldness.
    const codeOf = (xml: string, id: string) => attr(elements(xml, "numFmts", "numFmt").find((t) => attr(t, "numFmtId") === id) ?? `<x numFmtId="${id}" formatCode="built-in ${id}"/>`, "formatCode");
    const fontOf = (xml: string, id: string) => (new RegExp(`<fonts[^>]*>([\\s\\S]*?)</fonts>`).exec(xml)![1].match(/<font(?=[\s>/])(?:[^>]*\/>|[^>]*>[\s\S]*?<\/font>)/g) ?? [])[Number(id)];
    summaryXfs.forEach((xf, i) => {
      if (i === 0) return expect(merged.cellXf(0)).toBe(0);
      const to = xfs[merged.cellXf(i)];
      expect(codeOf(merged.xml, attr(to, "numFmtId")!)).toBe(codeOf(drawn.styles, attr(xf, "numFmtId")!));
      expect(fontOf(merged.xml, attr(to, "fontId")!).includes("<b/>")).toBe(fontOf(drawn.styles, attr(xf, "fontId")!).includes("<b/>"));
    });
    expect(merged.cellXf(1)).toBe(3);
  });

  test("with no number formats and no table formats of its own, the lists are made where the schema puts them", async () => {
    const drawn = await drawSummary({ sheetNames: ["Stock"], tableNames: [], date1904: false }, input());
    const merged = mergeStyles(STYLES(""), drawn.styles);
    expect(merged.xml.indexOf("<numFmts")).toBeLessThan(merged.xml.indexOf("<fonts"));
    expect(merged.xml.indexOf("</cellStyles><dxfs")).toBeGreaterThan(0);
    expect(elements(merged.xml, "numFmts", "numFmt").map((t) => attr(t, "numFmtId"))).toEqual(["164", "165", "166"]);
    expect(merged.dxf(0)).toBe(0);
    const dxfFormats = (merged.xml.match(/<dxf>[\s\S]*?<\/dxf>/g) ?? []).map((d) => attr(/<numFmt[^>]*>/.exec(d)![0], "numFmtId"));
    expect(new Set(dxfFormats)).toEqual(new Set(["49", "165", "166", "3"]));
  });

  test("the input's own table formats come first; the summary's are numbered after them", async () => {
    const drawn = await drawSummary({ sheetNames: ["Stock"], tableNames: [], date1904: false }, input());
    const merged = mergeStyles(STYLES(OWN_FORMATS, '<dxfs count="1"><dxf><font><b/></font></dxf></dxfs>'), drawn.styles);
    expect(merged.dxf(0)).toBe(1);
    expect(attr(/<dxfs[^>]*>/.exec(merged.xml)![0], "count")).toBe(String(1 + (drawn.styles.match(/<dxf>/g) ?? []).length));
  });

  test("a styles part that is prefixed, commented or missing a list is not extended", () => {
    expect(stylesNotExtendable(STYLES(OWN_FORMATS))).toBeNull();
    expect(stylesNotExtendable(STYLES(OWN_FORMATS).replace("<fills", "<!-- x --><fills"))).toMatch(/comments/);
    expect(stylesNotExtendable(STYLES(OWN_FORMATS).replace(/<borders[\s\S]*<\/borders>/, ""))).toBe("the styles part has no borders");
    expect(stylesNotExtendable('<x:styleSheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>')).toMatch(/not a plain/);
  });
});

describe("the summary sheet drawn beside the input's sheets", () => {
  test("takes the next free sheet and table names, as the whole path picks them, and writes its text inline", async () => {
    const drawn = await drawSummary({ sheetNames: ["Stock", "inventory SUMMARY"], tableNames: ["InventorySummary"], date1904: false }, input());
    expect(drawn.sheetName).toBe("Inventory summary (2)");
    expect(attr(/<table [^>]*>/.exec(drawn.table)![0], "name")).toBe("InventorySummary2");
    expect(drawn.sheet).not.toMatch(/t="s"/);
    expect(drawn.sheet).toContain('t="str"><v>&lt;Boots&gt; &amp; co</v>');
    expect(drawn.definedName).toBe("<definedName name=\"InventoryRowsSummarySheet\">&apos;Inventory summary (2)&apos;!$A$1</definedName>");
    expect(drawn.sheetRels).toContain("../tables/table");
  });

  test("in a 1904 workbook the time stamp is a 1904 serial, as the whole path writes it", async () => {
    const serial = async (date1904: boolean) => Number(/<c r="B5"[^>]*><v>([\d.]+)<\/v>/.exec((await drawSummary({ sheetNames: ["Stock"], tableNames: [], date1904 }, input())).sheet)![1]);
    expect(Math.round((await serial(false)) - (await serial(true)))).toBe(1462);
  });
});

describe("whether the summary can be added part by part", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());
  const shaped = async (name: string, tableName?: string) => {
    const file = tmp.file(name);
    await writeShapedWorkbook(file, { rows: 5, moneyFormat: '"$"#,##0.00', before: ["Notes"], tableName });
    return readFileSync(file);
  };
  const rezip = async (bytes: Buffer, edit: (zip: JSZip) => Promise<void>) => {
    const zip = await JSZip.loadAsync(bytes);
    await edit(zip);
    return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  };
  const editText = (name: string, change: (text: string) => string) => async (zip: JSZip) => void zip.file(name, change(await zip.file(name)!.async("string")));

  test("a plain workbook, with a table on another sheet, can", async () => {
    const bytes = await shaped("plain.xlsx", "InventorySummary");
    expect(summaryNotCopyable(packageOf(bytes, "Stock"))).toBeNull();
    expect(await packageForCopy(bytes, "Stock", "add-sheet")).toMatchObject({ sheetName: "Stock", sheetPart: "xl/worksheets/sheet2.xml", stylesPart: "xl/styles.xml" });
    expect(await packageForCopy(bytes, "Stock", "change")).toEqual({ fallback: "Excel tables" });
  });

  test("a workbook that already holds our summary sheet cannot: a rerun replaces that sheet", async () => {
    const bytes = await rezip(await shaped("ours.xlsx"), editText("xl/workbook.xml", (t) => t.replace("</sheets>", '</sheets><definedNames><definedName name="InventoryRowsSummarySheet">Notes!$A$1</definedName></definedNames>')));
    expect(summaryNotCopyable(packageOf(bytes, "Stock"))).toEqual({ fallback: "a summary sheet of ours is already in the workbook" });
  });

  test("a macro-enabled workbook, one with no styles part, or a table on the inventory sheet cannot", async () => {
    const plain = await shaped("other.xlsx");
    const macro = await rezip(plain, editText("[Content_Types].xml", (t) => t.replace("sheet.main+xml", "sheet.macroEnabled.main+xml")));
    expect(await packageForCopy(macro, "Stock", "add-sheet")).toEqual({ fallback: expect.stringMatching(/not a plain \.xlsx/) });
    const noStyles = packageOf(plain, "Stock");
    expect(summaryNotCopyable({ ...noStyles, stylesPart: undefined })?.fallback).toBe("the package has no styles part");
    const table = await shaped("table.xlsx", "Lookup");
    expect(summaryNotCopyable(packageOf(table, "Notes"))?.fallback).toMatch(/Excel table/);
  });
});

describe("the money column's format read from the package", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  test("is read from the top of the sheet only: a sheet damaged far below the first rows is never inflated that far", async () => {
    await writeShapedWorkbook(tmp.file("long.xlsx"), { rows: 20_000, moneyFormat: "#,##0.00 [$€-407]", before: [] });
    const pkg = packageOf(readFileSync(tmp.file("long.xlsx")), "Stock");
    const entry = findEntry(pkg.zip, pkg.sheetPart)!;
    const raw = rawData(pkg.zip, entry);
    raw[raw.length - 8] ^= 0xff;
    expect(() => entryBytes(pkg.zip, entry)).toThrow();
    const formatOf = await cellFormats(pkg, [{ row: 3, column: 5 }, { row: 4, column: 6 }]);
    expect([formatOf(3, 5), formatOf(4, 6), formatOf(3, 3)]).toEqual(["#,##0.00 [$€-407]", "#,##0.00 [$€-407]", undefined]);
  });
});

test("the built-in number formats are exceljs's, id for id, so a format read from the package is the one exceljs reads", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- exceljs's internal table, ships no types
  const exceljs = require("exceljs/lib/xlsx/defaultnumformats") as Record<string, { f?: string }>;
  const named = Object.entries(exceljs).flatMap(([id, entry]) => (entry.f !== undefined && id !== "0" ? [[Number(id), entry.f] as const] : []));
  expect(Object.entries(BUILT_IN_FORMATS).map(([id, code]) => [Number(id), code])).toEqual(named);
});
