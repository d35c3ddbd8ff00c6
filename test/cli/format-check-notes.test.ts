import { formatCheck } from "../../src/cli/format-check";
import type { CheckReport } from "../../src/core";

const report: CheckReport = {
  table: { headerRow: 0, columns: { quantity: 0, codes: 1 }, headers: ["Qty", "Code"] },
  issues: [],
  rows: { data: 1, blank: 0, valid: 1, invalid: 0, serialized: 1, aggregated: 0, units: 1 },
};
const grid = [["Qty", "Code"], [1, "A-1"]];

test("each note of the report is printed once after the headline, escaped for the terminal", () => {
  const out = formatCheck({
    where: "Stock in s.xlsx",
    report: { ...report, notes: [{ message: "A value at XFD1048576, outside the inventory, was ignored." }, { message: "bad \u001b[31m text" }] },
    issues: [],
    grid,
    originRow: 1,
    originColumn: 1,
  });
  const lines = out.split("\n");
  expect(lines).toContain("Note: A value at XFD1048576, outside the inventory, was ignored.");
  expect(lines).toContain("Note: bad \\x1b[31m text");
  expect(out).not.toContain("\u001b");
});

test("a report without notes prints no note line", () => {
  const out = formatCheck({ where: "Stock in s.xlsx", report, issues: [], grid, originRow: 1, originColumn: 1 });
  expect(out).not.toContain("Note:");
});
