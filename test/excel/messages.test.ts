import { text, type MessageId } from "../../src/core";
import { ACTIONS } from "../../src/core/messages/en/actions";
import { EXCEL } from "../../src/core/messages/en/excel";

/** The ids of one area file of the catalogue, each checked to carry the area's prefix. */
const ids = (area: object, prefix: string): MessageId[] => {
  const keys = Object.keys(area) as MessageId[];
  expect(keys.filter((id) => !id.startsWith(prefix))).toEqual([]);
  return keys;
};

/** Any value a message asks for: 2 for a number or plural, "2" in a sentence, `other` for a select. */
const anyValues = new Proxy({}, { get: () => 2, has: () => true }) as Record<string, number>;

test.each([...ids(EXCEL, "excel-"), ...ids(ACTIONS, "action-")])("%s renders as a sentence, and leaves \"nothing was changed\" to the common words", (id) => {
  const words = text(id, anyValues);
  expect(words.length).toBeGreaterThan(0);
  expect(words).not.toMatch(/[{}]/);
  expect(words).not.toMatch(/Nothing was changed/);
});

test("the action messages count with plurals and group thousands", () => {
  expect(text("action-fixed", { issues: 20_000, cells: 20_000, left: 0 })).toBe("Fixed 20,000 issues (20,000 cells changed).");
  expect(text("action-fixed", { issues: 1, cells: 1, left: 1 })).toBe("Fixed 1 issue (1 cell changed); 1 row left as they were.");
  expect(text("action-serialized", { rows: 1, units: 2, added: 1, refused: 0, skipped: 0 })).toBe("Serialized 1 row into 2 rows (1 new row).");
  expect(text("action-serialized", { rows: 2, units: 5, added: 3, refused: 1, skipped: 2 })).toBe(
    "Serialized 2 rows into 5 rows (3 new rows); 1 row refused, 2 rows already serialized.",
  );
  expect(text("action-serialized", { rows: 2, units: 5, added: 3, refused: 0, skipped: 1 })).toBe(
    "Serialized 2 rows into 5 rows (3 new rows); 1 row already serialized.",
  );
  expect(text("action-merged", { rows: 3, into: 1, refused: 2 })).toBe("Merged 3 rows into 1 row; 2 rows not merged.");
  expect(text("action-summary-written", { replaced: "yes", sheet: "Report", categories: 1, counted: 1_200, excluded: 0 })).toBe(
    'Updated "Report": 1 category, 1,200 rows counted, 0 rows excluded.',
  );
  expect(text("action-summary-written", { replaced: "no", sheet: "Report", categories: 2, counted: 1, excluded: 1 })).toBe(
    'Created "Report": 2 categories, 1 row counted, 1 row excluded.',
  );
});

test("text from the workbook goes in as a value: braces and quotes in a sheet name stay as they are", () => {
  expect(text("excel-changed-meanwhile", { sheet: "{it's} <b>" })).toBe('The sheet "{it\'s} <b>" changed while the add-in was working: run it again.');
});
