/** Protect entry's rules as data (issue 18 point 2): per settings and language, within Excel's limits. */
import {
  codesFormula, detectTable, ENTRY_MESSAGE_MAX, ENTRY_TITLE_MAX, planEntryRules, resolveSettingsForTest, UI_LANGUAGES, withinLimit, type EntryLayout,
} from "./entry-rules-support";
import { row, table } from "./helpers";

function layout(grid = table(row()), firstColumn = 0, top = 0): EntryLayout {
  const found = detectTable(grid);
  if (!found) throw new Error("no table");
  return { table: found, firstDataRow: top + found.headerRow + 1, firstColumn };
}

const defaults = resolveSettingsForTest({});

test("quantity: whole number of 1 or more; codes: the custom formula at the area's first cell", () => {
  const rules = planEntryRules(layout(), defaults, "en-US");
  expect(rules.map((r) => [r.role, r.column, r.criteria])).toEqual([
    ["quantity", 1, { type: "wholeNumber", operator: "GreaterThanOrEqualTo", formula1: 1 }],
    ["codes", 2, { type: "custom", formula: '=AND(ISERROR(FIND(";",C2)),ISERROR(FIND(",,",SUBSTITUTE(","&C2&","," ",""))))' }],
  ]);
  expect(rules[0].prompt).toEqual({ title: "Quantity", message: "Type a whole number, 1 or more: how many units this row stands for." });
  expect(rules[1].error.title).toBe("Codes not accepted");
});

test("the formula follows where the table lies on the sheet (title rows above, columns to the left)", () => {
  const rules = planEntryRules(layout(table(row()), 3, 4), defaults, "en-US");
  expect(rules.map((r) => r.column)).toEqual([4, 5]);
  expect(rules[1].criteria).toEqual({ type: "custom", formula: codesFormula("F6") });
  expect(codesFormula("F6")).toContain('","&F6&","');
});

test("a register (no quantity column) and eachRowOneUnit on get the codes rule only", () => {
  const register = [["Name", "Codes"], ["Ski", "S-1"]];
  expect(planEntryRules(layout(register), defaults, "en-US").map((r) => [r.role, r.column])).toEqual([["codes", 1]]);
  const on = resolveSettingsForTest({ eachRowOneUnit: "on" });
  expect(planEntryRules(layout(), on, "en-US").map((r) => r.role)).toEqual(["codes"]);
});

test("oneCodePerCell: the cell is one code, commas and ; included, so only a blank one is refused", () => {
  const rules = planEntryRules(layout(), resolveSettingsForTest({ oneCodePerCell: true }), "en-US");
  expect(rules[1].criteria).toEqual({ type: "custom", formula: "=LEN(TRIM(C2))>0" });
  expect(rules[1].error.message).toBe("The stock code cannot be blank.");
});

test("fi-FI: the operator's words", () => {
  const [quantity, codes] = planEntryRules(layout(), defaults, "fi-FI");
  expect(quantity.prompt.title).toBe("Määrä");
  expect(quantity.error).toEqual({ title: "Ei kelpaa määräksi", message: "Määrän on oltava kokonaisluku, vähintään 1, esimerkiksi 1 tai 12." });
  expect(codes.prompt.title).toBe("Varastokoodit");
  // Rule formulas stay in English whatever the language (Office.js takes English function names).
  expect(codes.criteria).toEqual(planEntryRules(layout(), defaults, "en-US")[1].criteria);
});

test.each(UI_LANGUAGES)("%s: every title and message is within Excel's limits (32 and 255 characters)", (language) => {
  for (const one of [false, true]) {
    for (const rule of planEntryRules(layout(), resolveSettingsForTest({ oneCodePerCell: one }), language)) {
      for (const t of [rule.prompt, rule.error]) {
        expect(t.title.length).toBeGreaterThan(0);
        expect(Array.from(t.title).length).toBeLessThanOrEqual(ENTRY_TITLE_MAX);
        expect(Array.from(t.message).length).toBeLessThanOrEqual(ENTRY_MESSAGE_MAX);
      }
    }
  }
});

test("withinLimit cuts a longer text with an ellipsis and leaves a fitting one alone", () => {
  expect(withinLimit("Quantity", 32)).toBe("Quantity");
  expect(withinLimit("a".repeat(40), 32)).toBe(`${"a".repeat(31)}…`);
  expect(Array.from(withinLimit("ä".repeat(300), 255)).length).toBe(255);
});

test("no cell content reaches a formula: a header mapped with quotes and = gives the same formula", () => {
  const grid = [["Name", "Qty", 'Codes")=HYPERLINK("x']];
  const found = detectTable([...grid, ["Ski", 1, "S1"]], { mapping: { codes: 'Codes")=HYPERLINK("x' } });
  const rules = planEntryRules({ table: found!, firstDataRow: 1, firstColumn: 0 }, defaults, "en-US");
  expect(rules[1].criteria).toEqual({ type: "custom", formula: codesFormula("C2") });
});
