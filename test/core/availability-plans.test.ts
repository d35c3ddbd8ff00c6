/** Serialize and aggregate with statuses, available counts and purchase value (issue 16, design.md §28). */
import { planAggregate, planSerialize, sayIn, statusWordFor, type CellValue } from "../../src/core";

/** Classes the tests rely on, independent of the built-in words of each language. */
const SETTINGS = { statusMap: { Available: "available", Rented: "out", Repair: "unavailable" } } as const;
const OUT_WORD = statusWordFor("out", { ...SETTINGS, locale: "en-US" });

/** A Name, B Qty, C Codes, D Category, E Status, F Available, G Purchase value. */
const HEADER: CellValue[] = ["Name", "Qty", "Codes", "Category", "Status", "Available", "Purchase value"];

function pool(qty: number, status: CellValue, available: CellValue, purchase: CellValue = "", code = "P"): CellValue[] {
  return ["Pole", qty, code, "Poles", status, available, purchase];
}

const column = (rows: CellValue[][], c: number) => rows.map((r) => r[c]);

describe("serialize with availability", () => {
  test("a pool of 5 with 3 available: the first 3 units are available, the other 2 keep the row's status", () => {
    const plan = planSerialize([HEADER, pool(5, "Rented", 3, 100.01)], [1], SETTINGS);
    expect(plan.refused).toEqual([]);
    const units = plan.replacements[0].rows;
    expect(column(units, 4)).toEqual(["Available", "Available", "Available", "Rented", "Rented"]);
    expect(column(units, 5)).toEqual([1, 1, 1, 0, 0]);
    expect(column(units, 6)).toEqual([20.01, 20, 20, 20, 20]);
    expect(column(units, 2)).toEqual(["P", "P-2", "P-3", "P-4", "P-5"]);
    const statusWrites = plan.change.writes.filter((w) => w.column === 4);
    expect(statusWrites.map((w) => [w.row, w.value, w.asText])).toEqual([[1, "Available", true], [2, "Available", true], [3, "Available", true]]);
    expect(plan.change.writes.filter((w) => w.column === 5).map((w) => [w.row, w.value])).toEqual([[1, 1], [2, 1], [3, 1], [4, 0], [5, 0]]);
  });

  test("a row that says available keeps its word for the available units; the rest are marked out", () => {
    const units = planSerialize([HEADER, pool(4, " available", 2)], [1], SETTINGS).replacements[0].rows;
    expect(column(units, 4)).toEqual([" available", " available", OUT_WORD, OUT_WORD]);
    expect(column(units, 5)).toEqual([1, 1, 0, 0]);
  });

  test("a row in repair or with a word nobody classed keeps it for the units that are not available", () => {
    const plan = planSerialize([HEADER, pool(3, "Repair", 1), pool(3, "Borrowed", 0, "", "Q")], [1, 2], SETTINGS);
    expect(plan.replacements.map((x) => column(x.rows, 4))).toEqual([["Available", "Repair", "Repair"], ["Borrowed", "Borrowed", "Borrowed"]]);
    expect(plan.replacements.map((x) => column(x.rows, 5))).toEqual([[1, 0, 0], [0, 0, 0]]);
  });

  test("an empty status gets the available word for the available units and the out word for the rest", () => {
    const units = planSerialize([HEADER, pool(2, "", 1)], [1], SETTINGS).replacements[0].rows;
    expect(column(units, 4)).toEqual(["Available", OUT_WORD]);
  });

  test("without an available count every unit copies the row's status, and the empty available cell", () => {
    const plan = planSerialize([HEADER, pool(3, "Rented", "", 0.02)], [1], SETTINGS);
    expect(plan.replacements[0].rows.map((r) => r.slice(4))).toEqual([["Rented", "", 0.01], ["Rented", "", 0.01], ["Rented", "", 0]]);
    const noColumn = planSerialize([["Qty", "Codes", "Status"], [2, "X", "Repair"]], [1], SETTINGS);
    expect(noColumn.replacements[0].rows).toEqual([[1, "X", "Repair"], [1, "X-2", "Repair"]]);
  });

  test("a purchase value is split to the cent like income, the first units taking the leftover cents", () => {
    const grid = [["Qty", "Codes", "Income", "Purchase value"], [3, "C", 10, 1000]];
    const units = planSerialize(grid, [1]).replacements[0].rows;
    expect(column(units, 3)).toEqual([333.34, 333.33, 333.33]);
    expect(column(units, 2)).toEqual([3.34, 3.33, 3.33]);
  });

  test("a purchase price is the price of one unit (a per-unit column): every unit copies it", () => {
    const units = planSerialize([["Qty", "Codes", "Purchase price"], [3, "C", 1000]], [1]).replacements[0].rows;
    expect(column(units, 2)).toEqual([1000, 1000, 1000]);
  });

  test("an available cell that is not a count of the row's units refuses the row, naming the cell", () => {
    const grid = [HEADER, pool(5, "Rented", 7), pool(5, "Rented", "two", "", "Q"), pool(5, "Rented", 2.5, "", "R"), pool(2, "Rented", "2", "", "S")];
    const plan = planSerialize(grid, [1, 2, 3, 4], SETTINGS);
    expect(plan.refused.map((r) => r.row)).toEqual([1, 2, 3]);
    expect(plan.refused.map((r) => r.reason.includes(`F${r.row + 1}`))).toEqual([true, true, true]);
    expect(column(plan.replacements[0].rows, 5)).toEqual([1, 1]);
  });

  test("TRUE or FALSE in the available column (all or none available) is copied to every unit", () => {
    const plan = planSerialize([HEADER, pool(2, "Rented", true), pool(2, "Available", false, "", "Q")], [1, 2], SETTINGS);
    expect(plan.replacements.map((x) => x.rows.map((r) => r.slice(4, 6)))).toEqual([
      [["Available", true], ["Available", true]], [[OUT_WORD, false], [OUT_WORD, false]],
    ]);
  });

  test("yes or no in the available column (in any catalogue language) is read as all or none, as the check reads it", () => {
    const plan = planSerialize([HEADER, pool(2, "Rented", "Kyllä"), pool(2, "Available", "no", "", "Q")], [1, 2], SETTINGS);
    expect(plan.refused).toEqual([]);
    expect(plan.replacements.map((x) => x.rows.map((r) => r.slice(4, 6)))).toEqual([
      [["Available", "Kyllä"], ["Available", "Kyllä"]], [[OUT_WORD, "no"], [OUT_WORD, "no"]],
    ]);
  });

  test("the refusal says what the available cell should hold", () => {
    const plan = planSerialize([HEADER, pool(5, "Rented", "few")], [1], SETTINGS);
    expect(plan.refused.map((r) => r.row)).toEqual([1]);
    expect(plan.refused[0].reason).toMatch(/F2/);
  });

  test("formulas in the status and available cells follow the formula rules: refused when written over, kept when copied", () => {
    const grid = [HEADER, pool(3, "Rented", 1), pool(2, "Rented", "", "", "Q")];
    const formulas = [null, ["", "", "", "", '=IF(H2>0,"Rented","")', "=H2-1"], ["", "", "", "", '=IF(H3>0,"Rented","")']];
    const refused = planSerialize(grid, [1, 2], SETTINGS, undefined, { formulas });
    expect(refused.refused.map((r) => r.row)).toEqual([1]);
    expect(refused.refused[0].reason).toContain("E2");
    expect(refused.refused[0].reason).toContain("F2");
    expect(refused.replacements.map((x) => x.row)).toEqual([2]);
    const values = planSerialize(grid, [1, 2], SETTINGS, undefined, { formulas, formulaHandling: "values" });
    expect(values.refused).toEqual([]);
    expect(values.formulasAsValues).toBe(2);
  });
});

describe("aggregate with availability", () => {
  test("purchase values are summed like income; available counts are summed as the summary counts units", () => {
    const grid = [HEADER, pool(2, "Rented", 1, 0.1, "A, B"), pool(3, "rented ", "", 0.2, "C, D, E"), pool(1, "Rented", 0, "", "F")];
    const plan = planAggregate(grid, [1, 2, 3], SETTINGS);
    expect(plan.refused).toEqual([]);
    expect(plan.merges).toEqual([{ rows: [1, 2, 3], row: ["Pole", 6, "A, B, C, D, E, F", "Poles", "Rented", 1, 0.3] }]);
  });

  test("status words compare as they are classed: case, outer and repeated inner spaces do not matter", () => {
    const grid = [HEADER, pool(1, "On rent", "", "", "A"), pool(1, " on  RENT", "", "", "B")];
    expect(planAggregate(grid, [1, 2], SETTINGS).merges.map((m) => m.row[4])).toEqual(["On rent"]);
  });

  test("an empty available cell counts all of the row's units when its status says available or nothing", () => {
    const grid = [HEADER, pool(2, "", "", "", "A, B"), pool(2, "", 1, "", "C, D")];
    expect(planAggregate(grid, [1, 2], SETTINGS).merges[0].row.slice(4, 6)).toEqual(["", 3]);
    const all = [HEADER, pool(2, "Available", "", "", "A, B"), pool(2, "available", "", "", "C, D")];
    expect(planAggregate(all, [1, 2], SETTINGS).merges[0].row.slice(4, 6)).toEqual(["Available", ""]);
  });

  test("rows that differ only in status are refused by default, naming the column and both words", () => {
    const grid = [HEADER, pool(1, "Rented", "", "", "A"), pool(1, "Repair", "", "", "B")];
    const plan = planAggregate(grid, [1, 2], SETTINGS);
    expect(plan.merges).toEqual([]);
    expect(plan.refused.map((r) => [r.row, r.columns])).toEqual([[1, ["Status"]], [2, ["Status"]]]);
    expect(plan.refused[0].reason).toBe(
      'row 2 differs from row 3 only in "Status" ("Rented", "Repair"): rows merge only when their statuses agree, unless you choose to merge them keeping the count of available units in "Available"',
    );
    expect(sayIn("de-DE", plan.refused[0].say!)).toBe(
      "Zeile 2 unterscheidet sich von Zeile 3 nur in „Status“ (\"Rented\", \"Repair\"): Zeilen werden nur zusammengeführt, wenn ihr Status übereinstimmt, es sei denn, Sie führen sie zusammen und behalten die Anzahl verfügbarer Stück in „Available“",
    );
  });

  test("rows that differ in status and more are refused as other differing rows are", () => {
    const grid = [HEADER, pool(1, "Rented", "", "", "A"), ["Ski", 1, "B", "Poles", "Repair", "", ""]];
    const plan = planAggregate(grid, [1, 2], SETTINGS);
    expect(plan.refused[0]).toMatchObject({ columns: ["Name", "Status"], reason: "row 2 differs from row 3 in Name, Status: merging would lose them" });
  });

  test("keep-counts merges rows that differ in status: available units counted, the status of the others kept", () => {
    const grid = [HEADER, pool(3, "Rented", 1, 30, "A"), pool(2, "Available", "", 20, "B"), pool(1, "Rented", 0, "", "C")];
    const plan = planAggregate(grid, [1, 2, 3], SETTINGS, undefined, { statusMerge: "keep-counts" });
    expect(plan.refused).toEqual([]);
    expect(plan.merges).toEqual([{ rows: [1, 2, 3], row: ["Pole", 6, "A, B, C", "Poles", "Rented", 3, 50] }]);
    expect(plan.change.writes.filter((w) => w.column >= 4)).toEqual([
      { row: 1, column: 5, value: 3, asText: false }, { row: 1, column: 6, value: 50, asText: false },
    ]);
  });

  test("available cells that all say TRUE (or all FALSE) stay as they are; mixed ones become the count", () => {
    const same = [HEADER, pool(1, "Rented", true, "", "A"), pool(2, "Rented", true, "", "B, C")];
    expect(planAggregate(same, [1, 2], SETTINGS).merges[0].row.slice(4, 6)).toEqual(["Rented", true]);
    const mixed = [HEADER, pool(1, "Rented", true, "", "A"), pool(2, "Rented", false, "", "B, C"), pool(1, "Rented", 1, "", "D")];
    expect(planAggregate(mixed, [1, 2, 3], SETTINGS).merges[0].row.slice(4, 6)).toEqual(["Rented", 2]);
  });

  test("keep-counts with every unit available keeps the first row's status", () => {
    const grid = [HEADER, pool(2, "", 2, "", "A"), pool(1, "Available", "", "", "B")];
    const plan = planAggregate(grid, [1, 2], SETTINGS, undefined, { statusMerge: "keep-counts" });
    expect(plan.merges[0].row.slice(4, 6)).toEqual(["", 3]);
  });

  test("keep-counts refuses units that are not available but say different things, in English and Finnish", () => {
    const grid = [HEADER, pool(2, "Rented", 1, "", "A"), pool(2, "Repair", "", "", "B")];
    const plan = planAggregate(grid, [1, 2], SETTINGS, undefined, { statusMerge: "keep-counts" });
    expect(plan.merges).toEqual([]);
    expect(plan.refused.map((r) => r.row)).toEqual([1, 2]);
    expect(plan.refused[0].reason).toBe(
      'the units that are not available have 2 different statuses in "Status" ("Rented", "Repair"): a merged row can hold only one, so these rows are not merged',
    );
    expect(sayIn("fi-FI", plan.refused[1].say!)).toBe(
      'yksiköillä, jotka eivät ole vapaana, on sarakkeessa "Status" 2 eri tilaa ("Rented", "Repair"): yhdistetyllä rivillä voi olla vain yksi tila, joten rivejä ei yhdistetä',
    );
  });

  test("keep-counts with mixed statuses still merges the rows whose statuses agree, as the default does", () => {
    const grid = [HEADER, pool(1, "Rented", 0, "", "A"), pool(1, "Repair", 0, "", "B"), pool(1, "Rented", 0, "", "C")];
    const plan = planAggregate(grid, [1, 2, 3], SETTINGS, undefined, { statusMerge: "keep-counts" });
    expect(plan.merges).toEqual([{ rows: [1, 3], row: ["Pole", 2, "A, C", "Poles", "Rented", 0, ""] }]);
    expect(plan.refused.map((r) => [r.row, r.say?.id])).toEqual([[2, "plan-status-mixed"]]);
  });

  test("keep-counts without an available column still refuses, saying the counts need one", () => {
    const grid = [["Qty", "Codes", "Status"], [1, "A", "Rented"], [1, "B", "Repair"], [1, "C", "Repair"]];
    const plan = planAggregate(grid, [1, 2, 3], SETTINGS, undefined, { statusMerge: "keep-counts" });
    expect(plan.merges.map((m) => m.rows)).toEqual([[2, 3]]);
    expect(plan.refused.map((r) => r.reason)).toEqual([
      'row 2 differs from row 3 only in "Status" ("Rented", "Repair"): rows with different statuses can merge only when the sheet has an available column to keep the count of available units',
    ]);
    expect(sayIn("sv-SE", plan.refused[0].say!)).toMatch(/^rad 2 skiljer sig från rad 3 bara i "Status"/);
  });

  test("an empty status beside a word is named as empty", () => {
    const plan = planAggregate([HEADER, pool(1, "", "", "", "A"), pool(1, "Rented", "", "", "B")], [1, 2], SETTINGS);
    expect(plan.refused[0].reason).toMatch(/only in "Status" \(\(empty\), "Rented"\)/);
  });

  test("an available cell that cannot be read refuses the group, naming the cell", () => {
    const grid = [HEADER, pool(2, "Rented", "some", "", "A"), pool(2, "Rented", 1, "", "B")];
    const plan = planAggregate(grid, [1, 2], SETTINGS);
    expect(plan.merges).toEqual([]);
    expect(plan.refused.map((r) => r.row)).toEqual([1, 2]);
    expect(plan.refused[0].reason).toContain("F2");
  });

  test("formulas: keep-counts folds the deleted rows' status formulas; the kept row's is lost only when its value changes", () => {
    const grid = [HEADER, pool(1, "Rented", 0, "", "A"), pool(1, "Available", 1, "", "B")];
    const formulas = [null, ["", "", "", "", '=IF(H2,"Rented","Available")'], ["", "", "", "", '=IF(H3,"Rented","Available")']];
    const plan = planAggregate(grid, [1, 2], SETTINGS, undefined, { formulas, statusMerge: "keep-counts" });
    expect(plan.merges).toEqual([]);
    expect(plan.refused[0].reason).toContain("E3");
    expect(plan.refused[0].reason).not.toContain("E2");
    const values = planAggregate(grid, [1, 2], SETTINGS, undefined, { formulas, statusMerge: "keep-counts", formulaHandling: "values" });
    expect(values.merges[0].row.slice(4, 6)).toEqual(["Rented", 1]);
    expect(values.formulasAsValues).toBe(1);
  });
});
