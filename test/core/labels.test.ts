/** planLabels (issue 17): one label per code, copies, text lines, uncoded units, refusals, skipped rows. */
import { planLabels, sayIn, textIn, type CellValue } from "../../src/core";
import { row, table } from "./helpers";

const codesOf = (grid: CellValue[][], rows: number[], options = {}): string[] => planLabels(grid, rows, options).labels.map((l) => l.code);

test("a row with two codes gives two labels, in row then code order", () => {
  const grid = table(row({ B: 2, C: "POLE-01, POLE-02" }), row({ C: "S-9" }));
  expect(codesOf(grid, [2, 1])).toEqual(["POLE-01", "POLE-02", "S-9"]);
  expect(planLabels(grid, [1]).labels.map((l) => [l.row, l.column])).toEqual([[1, 2], [1, 2]]);
});

test("codes stay exactly as written: leading zeros, case, inner punctuation", () => {
  const grid = table(row({ B: 3, C: "007, 0042-a, X/01" }));
  expect(codesOf(grid, [1])).toEqual(["007", "0042-a", "X/01"]);
});

test("copies repeat each code's label next to each other", () => {
  const grid = table(row({ B: 2, C: "A1, A2" }));
  expect(codesOf(grid, [1], { copies: 3 })).toEqual(["A1", "A1", "A1", "A2", "A2", "A2"]);
});

test("copies outside 1–100 or not whole are a programming error", () => {
  const grid = table(row());
  for (const copies of [0, 101, 1.5, NaN]) expect(() => planLabels(grid, [1], { copies })).toThrow(/copies/);
});

test("text lines are code, name and category by default, in the order asked, empty ones left out", () => {
  const grid = table(row({ A: "Ski pole", C: "P-1", D: "Poles" }), row({ A: "", C: "P-2", D: "Poles" }));
  const plan = planLabels(grid, [1, 2]);
  expect(plan.labels.map((l) => l.lines)).toEqual([["P-1", "Ski pole", "Poles"], ["P-2", "Poles"]]);
  expect(planLabels(grid, [1], { lines: ["category", "code"] }).labels[0].lines).toEqual(["Poles", "P-1"]);
  expect(planLabels(grid, [1], { lines: [] }).labels[0].lines).toEqual([]);
});

test("a number in the name column prints as the number", () => {
  const grid = table(row({ A: 1200, C: "P-1" }));
  expect(planLabels(grid, [1], { lines: ["name"] }).labels[0].lines).toEqual(["1200"]);
});

test("an aggregated row with fewer codes than units labels its codes and counts the rest as uncoded", () => {
  const grid = table(row({ B: 10, C: "POLE-01, POLE-02" }));
  const plan = planLabels(grid, [1]);
  expect(plan.labels.map((l) => l.code)).toEqual(["POLE-01", "POLE-02"]);
  expect(plan.uncoded).toEqual([{ row: 1, units: 8, quantity: 10 }]);
});

test("a pool whose only error is missing codes is all uncoded, not skipped", () => {
  const plan = planLabels(table(row({ B: 4, C: "" })), [1]);
  expect(plan).toMatchObject({ labels: [], uncoded: [{ row: 1, units: 4, quantity: 4 }], skipped: [] });
});

test("rows that are not inventory rows are skipped with the reason", () => {
  const grid: CellValue[][] = [["Stock list"], ...table(row({ C: "A1" }), ["", "", "", "", "", ""], row({ B: "x", C: "A2" }), row({ C: "A1" }))];
  const plan = planLabels(grid, [0, 1, 3, 4]);
  expect(plan.labels).toEqual([]);
  expect(plan.skipped.map((s) => [s.row, s.say.id])).toEqual([[0, "plan-above-table"], [1, "plan-header-row"], [3, "plan-blank-row"], [4, "plan-row-errors"]]);
  expect(plan.skipped[3].reason).toMatch(/quantity/i);
});

test("duplicated codes are skipped: a label must scan back to one row", () => {
  const plan = planLabels(table(row({ C: "A1" }), row({ C: "A1" })), [1, 2]);
  expect(plan.labels).toEqual([]);
  expect(plan.skipped.map((s) => s.row)).toEqual([1, 2]);
});

test("quantity 0 gets no labels and says why", () => {
  const plan = planLabels(table(row({ B: 0, C: "OLD-1" })), [1]);
  expect(plan.labels).toEqual([]);
  expect(plan.skipped).toEqual([{ row: 1, reason: "no units (quantity 0): no labels to print", say: { id: "labels-no-units", values: {} } }]);
});

test("a grid without an inventory table skips every row", () => {
  const plan = planLabels([["a", "b"], [1, 2]], [1]);
  expect(plan.skipped.map((s) => s.say.id)).toEqual(["plan-no-table"]);
});

test("an empty selection plans nothing", () => {
  expect(planLabels(table(row()), [])).toEqual({ symbology: "code128", labels: [], refused: [], uncoded: [], skipped: [] });
});

test("Code 128 refuses a code outside printable ASCII, names the cell and character, and still labels the others", () => {
  const plan = planLabels(table(row({ B: 3, C: "SKI-1, SKÏ-2, SKI-3" })), [1]);
  expect(plan.labels.map((l) => l.code)).toEqual(["SKI-1", "SKI-3"]);
  expect(plan.refused).toHaveLength(1);
  expect(plan.refused[0]).toMatchObject({ row: 1, column: 2, code: "SKÏ-2" });
  expect(plan.refused[0].reason).toBe(
    "C2: \"SKÏ-2\" holds Ï (U+00CF), which Code 128 cannot print (it takes letters A–Z, digits, spaces and ASCII punctuation); use QR or change the code",
  );
  expect(sayIn("fi-FI", plan.refused[0].say)).toMatch(/^C2: "SKÏ-2" sisältää merkin Ï \(U\+00CF\)/);
});

test("Code 128 names an invisible character by its code point", () => {
  const plan = planLabels(table(row({ C: "AB\u200bC" })), [1]);
  expect(plan.refused.map((r) => r.say.values.character)).toEqual(["U+200B"]);
});

test("QR takes any text", () => {
  const plan = planLabels(table(row({ B: 2, C: "SKÏ-2, Ääkköset ✓" })), [1], { symbology: "qr" });
  expect(plan.labels.map((l) => l.code)).toEqual(["SKÏ-2", "Ääkköset ✓"]);
  expect(plan.symbology).toBe("qr");
});

test("EAN-13 takes 13 digits with the right check digit and refuses the rest with the reason", () => {
  const codes = "5901234123457, 590123412345, 5901234123458, 59012341234, ABC4567890123";
  const plan = planLabels(table(row({ B: 5, C: codes })), [1], { symbology: "ean13" });
  expect(plan.labels.map((l) => l.code)).toEqual(["5901234123457"]);
  expect(plan.refused.map((r) => [r.code, r.say.id])).toEqual([
    ["590123412345", "labels-ean13-twelve"],
    ["5901234123458", "labels-ean13-check"],
    ["59012341234", "labels-ean13-digits"],
    ["ABC4567890123", "labels-ean13-digits"],
  ]);
  expect(plan.refused[1].reason).toBe("C2: \"5901234123458\" has a wrong EAN-13 check digit (the last digit should be 7)");
});

test("12 EAN-13 digits are refused with the full 13-digit code to write: bwip-js would add a check digit the cell lacks", () => {
  const plan = planLabels(table(row({ C: "590123412345" })), [1], { symbology: "ean13" });
  expect(plan.labels).toEqual([]);
  expect(plan.refused[0].say).toMatchObject({ id: "labels-ean13-twelve", values: { full: "5901234123457" } });
  expect(plan.refused[0].reason).toBe(
    "C2: \"590123412345\" has 12 digits: the barcode would add the check digit and scan as 5901234123457, which is not the code in the cell; write 5901234123457 in the cell",
  );
});

test("the QR limit counts UTF-8 bytes: 2,331 one-byte characters fit, 1,200 two-byte ones do not", () => {
  const plan = planLabels(table(row({ B: 2, C: `${"A".repeat(2331)}, ${"ä".repeat(1200)}` })), [1], { symbology: "qr" }, { maxCodeLength: 5000 });
  expect(plan.labels.map((l) => l.code.length)).toEqual([2331]);
  expect(plan.refused.map((r) => r.say)).toMatchObject([{ id: "labels-qr-too-long", values: { bytes: 2400, max: 2331 } }]);
});

test("a codes cell joined by another separator is skipped until it is fixed, with the check's words", () => {
  const plan = planLabels(table(row({ B: 2, C: "A-1;A-2" })), [1]);
  expect(plan.labels).toEqual([]);
  expect(plan.skipped.map((s) => [s.row, s.say.id])).toEqual([[1, "plan-fix-codes-first"]]);
  expect(plan.skipped[0].reason).toMatch(/^fix the code list first: C2: .*separated by ";"/);
});

test("EAN-13 keeps leading zeros (a UPC-A as EAN-13)", () => {
  const plan = planLabels(table(row({ C: "0036000291452" })), [1], { symbology: "ean13" });
  expect(plan.labels.map((l) => l.code)).toEqual(["0036000291452"]);
});

test("a code longer than bwip-js takes in Code 128 is refused with its length", () => {
  const long = "A".repeat(501);
  const plan = planLabels(table(row({ C: long })), [1], {}, { maxCodeLength: 1000 });
  expect(plan.refused[0].say).toMatchObject({ id: "labels-too-long", values: { length: 501, max: 500, symbology: "Code 128" } });
  expect(textIn("de-DE", plan.refused[0].say.id, plan.refused[0].say.values)).toMatch(/501 Zeichen lang; Code 128 fasst höchstens 500$/);
});

test("the cell a refusal names follows the table's origin", () => {
  const plan = planLabels(table(row({ C: "É1" })), [1], {}, { origin: "B3" });
  expect(plan.refused[0].reason).toMatch(/^D4: /);
});
