/** Marks (issue 18): grouping issues by cell, rectangles, address chunks and the notes' words. */
import {
  addressChunks, checkInventory, MAX_AREAS_ADDRESS, markedCells, markLevelOf, MARK_FORMULAS, markNoteText, markRects, markRectAddress, noteHash, sayIn, type Issue,
} from "../../src/core";
import { row, table } from "./helpers";

const issue = (row: number, column: number, severity: Issue["severity"], message: string): Issue => ({ rule: "quantity-not-whole", severity, row, column, message });

test("one cell per address, red when any of its issues is an error, every message kept in order", () => {
  const cells = markedCells([issue(3, 1, "warning", "w1"), issue(2, 2, "warning", "w2"), issue(3, 1, "error", "e1"), issue(3, 1, "warning", "w3")]);
  expect(cells.map((c) => [c.row, c.column, c.level, c.messages])).toEqual([
    [3, 1, "error", ["w1", "e1", "w3"]],
    [2, 2, "warning", ["w2"]],
  ]);
});

test("a warning-only cell is amber", () => {
  expect(markedCells([issue(1, 0, "warning", "w")])[0].level).toBe("warning");
});

test("runs down a column become one rectangle; equal runs side by side join; a gap starts a new one", () => {
  const cells = [[1, 1], [2, 1], [3, 1], [1, 2], [2, 2], [3, 2], [5, 1], [7, 4]].map(([r, c]) => ({ row: r, column: c }));
  expect(markRects(cells).map(markRectAddress)).toEqual(["B2:C4", "B6", "E8"]);
});

test("a cell given twice is one cell", () => {
  expect(markRects([{ row: 0, column: 0 }, { row: 0, column: 0 }]).map(markRectAddress)).toEqual(["A1"]);
});

test("address lists stay within 255 characters and keep every rectangle once, in order", () => {
  const rects = Array.from({ length: 400 }, (_, i) => ({ row: i * 2 + 10000, column: (i % 3) + 26, rows: 1, columns: 1 }));
  const chunks = addressChunks(rects);
  expect(chunks.length).toBeGreaterThan(1);
  for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(MAX_AREAS_ADDRESS);
  expect(chunks.join(",").split(",")).toEqual(rects.map(markRectAddress));
});

test("our formulas are recognised and nothing else is", () => {
  expect(markLevelOf(MARK_FORMULAS.error)).toBe("error");
  expect(markLevelOf(MARK_FORMULAS.warning)).toBe("warning");
  expect(markLevelOf('=ISTEXT("InventoryRows:errors")')).toBeUndefined();
  expect(markLevelOf(null)).toBeUndefined();
});

test("a note holds one line per issue in the pane's language (fi-FI)", () => {
  const report = checkInventory(table(row({ B: 2.5, C: "A-1;A-2" }), row({ C: "A-1" })));
  const cells = markedCells(report.issues);
  const qty = cells.find((c) => c.row === 1 && c.column === 1)!;
  const fi = markNoteText(qty, "fi-FI");
  const expected = report.issues.filter((i) => i.row === 1 && i.column === 1).map((i) => sayIn("fi-FI", i.say!));
  expect(fi.split("\n")).toEqual(expected);
  expect(fi).not.toBe(markNoteText(qty, "en-US"));
});

test("the note hash tells texts apart and is stable", () => {
  expect(noteHash("C14: quantity 2.5")).toBe(noteHash("C14: quantity 2.5"));
  expect(noteHash("C14: quantity 2.5")).not.toBe(noteHash("C14: quantity 2.5 "));
  expect(noteHash("")).toMatch(/^[0-9a-f]{8}$/);
});
