/**
 * The engine's issues as data: every issue the check makes carries `say` (a catalogue id and
 * its values), and putting `say` into words gives exactly the issue's `message`.
 */
import {
  checkInventory, HEADER_SEARCH_ROWS, RULE_ORDER, RULE_TITLES, text, textOf, toAddress,
  type CellValue, type FixKind, type Issue, type SettingsInput,
} from "../../src/core";
import { EN } from "../../src/core/messages";

const HEADER: CellValue[] = ["Name", "Qty", "Codes", "Category", "Income", "Expense"];

/** A valid data row with its own code; override by column letter. */
function line(n: number, cells: Partial<Record<"A" | "B" | "C" | "D" | "E" | "F", CellValue>> = {}): CellValue[] {
  const base: Record<string, CellValue> = { A: "Ski", B: 1, C: `OK-${n}`, D: "Skis", E: 10, F: 2, ...cells };
  return ["A", "B", "C", "D", "E", "F"].map((k) => base[k]);
}

/** Rows that trigger every row rule, each message variant at least once. */
const ROWS: Partial<Record<"A" | "B" | "C" | "D" | "E" | "F", CellValue>>[] = [
  { B: "" }, { B: "two" }, { B: 2.5 }, { B: -1 }, { B: "12" },
  { C: "" }, { C: " , " }, { B: 2, C: "E1,,E2" }, { B: 2, C: "S1;S2" }, { B: 2, C: "T1\nT2" }, { C: "I1\u200b7" },
  { C: "P1 P2" }, { B: 2, C: "R1, r1" }, { B: 4, C: "R2, R3, R2, R3" }, { B: 6, C: "R4, R5, R6, R4, R5, R6" },
  { C: "DUO" }, { C: "DUO" }, { C: "TRIO" }, { C: "TRIO" }, { C: "TRIO" },
  { C: "QUAD" }, { C: "QUAD" }, { C: "QUAD" }, { C: "QUAD" },
  { C: "PENTA" }, { C: "PENTA" }, { C: "PENTA" }, { C: "PENTA" }, { C: "PENTA" },
  { C: true }, { C: 123 }, { C: 2 ** 53 + 2 }, { C: "6.37702E+15" }, { C: "X".repeat(65) }, { B: 2, C: "M1, M2, M3" },
  { E: "ten" }, { E: 1e20 }, { E: "12.50" }, { F: -5 }, { E: 10.005 },
  { A: "#NAME?" }, { B: "#REF!" }, { C: "#VALUE!" }, { D: "#N/A" }, { E: "#DIV/0!" }, { F: "#NUM!" }, { D: "" }, { B: 0 },
];

/** Grids and settings that between them make every engine issue message. */

const CASES: { grid: CellValue[][]; settings?: Partial<SettingsInput> }[] = [
  { grid: [[...HEADER, "Group"], ...ROWS.map((cells, i) => [...line(i, cells), ""])] },
  { grid: [HEADER, line(1, { E: 1e20 })], settings: { currencyDecimals: 0 } },
  { grid: [HEADER, line(1, { E: 1.25 })], settings: { currencyDecimals: 1, origin: "B3" } },
  { grid: [["Name", "Notes"], ["x", "y"]], settings: { mapping: { quantity: "Menge", codes: "Teile" } } },
  { grid: [["Title"], [], ["Qty", "Name"]] },
  { grid: [["Code", "Category", "Group"], ["A", "x", "y"]] },
  { grid: [["Qty", "Codes", "Serial"], [1, "A", "B"]] },
  { grid: [["Qty", "Stock codes", "stock_codes"], [1, "A", "B"]] },
  { grid: [["Qty", "Codes", "Category", "Category"], [1, "A", "x", "y"]] },
  // Issue 16: the status, available and purchase columns.
  {
    grid: [
      ["Qty", "Codes", "Status", "Available", "Purchase value"],
      [5, "V1", "Flooded", "lots", "abc"], [5, "V2", "", "2", 1e20], [5, "V3", "", 2.5, "12.50"], [5, "V4", "", -1, -5],
      [5, "V5", "", 9, 1.234], [5, "V6", "#N/A", "#REF!", "#VALUE!"],
    ],
  },
];

function allIssues(): { issue: Issue; origin: string }[] {
  return CASES.flatMap(({ grid, settings }) =>
    checkInventory(grid, settings).issues.map((issue) => ({ issue, origin: settings?.origin ?? "A1" })));
}

describe("engine issues as data", () => {
  const issues = allIssues();

  test("the grids trigger every rule and every issue message of the catalogue", () => {
    expect(new Set(issues.map(({ issue }) => issue.rule))).toEqual(new Set(RULE_ORDER));
    const issueIds = Object.keys(EN).filter((id) => id.startsWith("issue-"));
    expect(issueIds.length).toBeGreaterThan(RULE_ORDER.length);
    expect(new Set(issues.map(({ issue }) => issue.say?.id))).toEqual(new Set(issueIds));
  });

  test("every issue's say, put into words, is its message, and names its cell", () => {
    for (const { issue, origin } of issues) {
      expect(issue.say).toBeDefined();
      expect(textOf(issue.say!)).toBe(issue.message);
      expect(issue.say!.values.cell).toBe(toAddress(issue.row, issue.column, origin));
    }
  });

  test("the values are the pieces the sentence names", () => {
    const said = (message: string) => issues.find(({ issue }) => issue.message === message)?.issue.say;
    expect(said('C28: code "PENTA" is also in rows 26, 27, 29 and 1 more')).toEqual({
      id: "issue-codes-duplicate", values: { cell: "C28", code: '"PENTA"', others: 4, row1: "26", row2: "27", row3: "29", more: 1 },
    });
    expect(said('C20: code "TRIO" is also in rows 19 and 21')?.values).toEqual({ cell: "C20", code: '"TRIO"', others: 2, row1: "19", row2: "21" });
    expect(said('C16: codes "R4", "R5" and "R6" appear more than once in this cell')?.values)
      .toEqual({ cell: "C16", count: 3, first: '"R4"', second: '"R5"', third: '"R6"' });
    expect(said("E41: income 10.005 has more than 2 decimals")?.values).toEqual({ cell: "E41", role: "income", value: "10.005", decimals: 2 });
    expect(said("F4: income 1.25 has more than 1 decimal")?.values).toEqual({ cell: "F4", role: "income", value: "1.25", decimals: 1 });
    expect(said("E2: income 100000000000000000000 is too large to add up exactly (the largest is 9,007,199,254,740,991)")?.values)
      .toEqual({ cell: "E2", role: "income", value: "100000000000000000000", decimals: 0, whole: 9007199254740991, fraction: "" });
    expect(said("C44: the stock-codes cell holds the Excel error #VALUE!")?.values).toEqual({ cell: "C44", role: "codes", value: "#VALUE!" });
  });

  test("no-header names the header window from HEADER_SEARCH_ROWS, and the mapping's texts as values", () => {
    const [issue] = checkInventory([["Name", "Notes"]], { mapping: { quantity: "Menge", codes: "Teile" } }).issues;
    expect(issue.message).toContain(`no header row found in the first ${HEADER_SEARCH_ROWS} rows: `);
    expect(issue.say?.values).toEqual({
      cell: "A1", window: HEADER_SEARCH_ROWS, found: "none",
      quantityMapping: "unmatched", quantityHeader: "Menge", codesMapping: "unmatched", codesHeader: "Teile",
    });
  });

  test("text from the workbook is a value, never part of the template: braces and quotes come out as typed", () => {
    const report = checkInventory([HEADER, line(1, { B: "{two}" }), line(2, { B: 2, C: "'A' {b}; 'C'" })]);
    expect(report.issues.map((i) => i.message)).toEqual([
      'B2: quantity "{two}" is not a number',
      "C3: \"'A' {b}; 'C'\" looks like several codes separated by \";\" instead of commas",
    ]);
    expect(report.issues[1].say?.values).toEqual({ cell: "C3", value: "\"'A' {b}; 'C'\"", separator: ";" });
  });
});

describe("words from the catalogue", () => {
  test("every rule has its heading, in RULE_ORDER, once", () => {
    expect(new Set(RULE_ORDER).size).toBe(RULE_ORDER.length);
    expect(Object.keys(RULE_TITLES)).toEqual(RULE_ORDER);
    for (const rule of RULE_ORDER) expect(RULE_TITLES[rule]).toBe(text(`rule-title-${rule}`));
    expect(RULE_TITLES["codes-precision-lost"]).toBe("Code destroyed by Excel's number precision");
  });

  test("every fix the check offers has its button text from the catalogue", () => {
    const fixes = new Map<FixKind, string>();
    for (const { issue } of allIssues()) if (issue.fix) fixes.set(issue.fix.kind, issue.fix.label);
    expect(fixes.size).toBe(8);
    for (const [kind, label] of fixes) expect(label).toBe(text(`fix-${kind}`));
    expect(fixes.get("split-on-separator")).toBe("Split into codes");
  });
});
