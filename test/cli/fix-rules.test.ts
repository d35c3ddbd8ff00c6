import { checkInventory, RULE_ORDER } from "../../src/core";
import { FIX_RULES } from "../../src/cli/fix-rules";
import { cellChanges, changeLines, shownValue } from "../../src/cli/format-changes";

describe("the rules fix takes", () => {
  test("are the rules whose issues offer a fix, but codes-missing (generate-codes)", () => {
    const grid = [
      ["Name", "Qty", "Codes", "Income", "Available"],
      ["a", "3", "A-1", 1, ""],
      ["b", 2, "A-2,,A-3", 1, ""],
      ["c", 2, "A-4; A-5", 1, ""],
      ["d", 2, "A6 A7", 1, ""],
      ["e", 1, "A\u200B8", 1, ""],
      ["f", 2, "A9, A9", 1, ""],
      ["g", 1, 12345, 1, ""],
      ["h", 1, "A-10", "12.50", ""],
      ["i", 1, "", 1, ""],
      ["j", 2, "A-11", 1, "1"],
    ];
    const offered = new Set(checkInventory(grid).issues.filter((i) => i.fix !== undefined).map((i) => i.rule));
    expect(offered.has("codes-missing")).toBe(true);
    offered.delete("codes-missing");
    expect([...offered].sort()).toEqual([...FIX_RULES].sort());
  });

  test("are listed in the order of the check's groups", () => {
    const order = FIX_RULES.map((rule) => RULE_ORDER.indexOf(rule));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});

describe("changed cells as fix and generate-codes print them", () => {
  test("text is quoted with invisible characters named, numbers plain, logicals and empty cells as Excel shows them", () => {
    expect(shownValue("12,50")).toBe('"12,50"');
    expect(shownValue(12.5)).toBe("12.5");
    expect(shownValue("A\u200BB\u00A0C")).toBe('"A\\u200bB\\u00a0C"');
    expect(shownValue("x\u001b[31m")).toBe('"x\\x1b[31m"');
    expect(shownValue(true)).toBe("TRUE");
    expect(shownValue(null)).toBe("(empty)");
    expect(shownValue("")).toBe('""');
  });

  test("each write names its cell from the origin, the value before and after, and its rules", () => {
    const change = { headerRow: 0, inserts: [], deletes: [], writes: [{ row: 1, column: 2, value: "A, B", asText: true }] };
    const changes = cellChanges(change, [["Qty", "x", "Codes"], [1, "", "A;B"]], "B3", () => ["codes-separator", "codes-space"]);
    expect(changes).toEqual([{ address: "D4", before: "A;B", after: "A, B", rule: "codes-separator, codes-space" }]);
    expect(changeLines(changes)).toEqual(['  D4: "A;B" → "A, B"  (codes-separator, codes-space)']);
  });

  test("21 cells: 20 lines and one more cell counted", () => {
    const changes = Array.from({ length: 21 }, (_, i) => ({ address: `B${i + 2}`, before: "1", after: 1, rule: "quantity-as-text" }));
    const lines = changeLines(changes);
    expect(lines).toHaveLength(21);
    expect(lines[19]).toBe('  B21: "1" → 1  (quantity-as-text)');
    expect(lines[20]).toBe("  … and 1 more cell (--json lists every cell)");
  });
});
