/** What Protect entry keeps in the workbook's settings, validated on read, and how a rule read back compares. */
import { entryRecord, entryRecordOf, formulaShape, planEntryRules, resolveSettingsForTest, sameCriteria, detectTable } from "./entry-rules-support";
import { row, table } from "./helpers";

const found = detectTable(table(row()))!;
const rules = planEntryRules({ table: found, firstDataRow: 1, firstColumn: 0 }, resolveSettingsForTest({}), "en-US");
const record = entryRecord("{sheet-id}", rules.map((rule) => ({ rule, firstRow: 1, lastRow: 1_048_575 })));

test("a record survives the settings' JSON (object or text) and keeps each column's role and rule", () => {
  expect(entryRecordOf(JSON.parse(JSON.stringify(record)))).toEqual(record);
  expect(entryRecordOf(JSON.stringify(record))).toEqual(record);
  expect(record.rules.map((r) => [r.role, r.column, r.firstRow, r.lastRow, r.criteria.type])).toEqual([
    ["quantity", 1, 1, 1_048_575, "wholeNumber"],
    ["codes", 2, 1, 1_048_575, "custom"],
  ]);
});

test.each([
  ["nothing stored", undefined],
  ["not JSON", "{oops"],
  ["another version", { ...record, version: 2 }],
  ["an unknown role", { ...record, rules: [{ ...record.rules[0], role: "income" }] }],
  ["a row past the sheet", { ...record, rules: [{ ...record.rules[0], lastRow: 1_048_576 }] }],
  ["an extra key", { ...record, extra: true }],
])("%s is no record", (_name, stored) => {
  expect(entryRecordOf(stored)).toBeUndefined();
});

test("a custom formula read from another part of its area is the same rule; another formula is not", () => {
  const ours = rules[1].criteria;
  const moved = { type: "custom" as const, formula: ours.type === "custom" ? ours.formula.replaceAll("C2", "C7") : "" };
  expect(sameCriteria(ours, moved)).toBe(true);
  expect(sameCriteria(ours, { type: "custom", formula: "=LEN(C2)>0" })).toBe(false);
  expect(sameCriteria(rules[0].criteria, { type: "wholeNumber", operator: "GreaterThanOrEqualTo", formula1: "1" as unknown as number })).toBe(true);
  expect(sameCriteria(rules[0].criteria, { type: "wholeNumber", operator: "GreaterThanOrEqualTo", formula1: 2 })).toBe(false);
  expect(sameCriteria(rules[0].criteria, ours)).toBe(false);
});

test("formulaShape replaces references outside text only, and ignores $ and a leading =", () => {
  expect(formulaShape('=FIND("A1",$B$2)')).toBe('FIND("A1",@)');
  expect(formulaShape("and(c2>0, C9)")).toBe("AND(@>0, @)");
});
