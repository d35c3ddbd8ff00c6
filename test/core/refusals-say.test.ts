/**
 * Issue 15: every refusal and skip the engine's plans give carries its reason as data (`say`)
 * beside the English `reason`: put into words in English it is the reason, and in Finnish it is
 * the Finnish catalogue's sentence with no English word left (apart from the sheet's own text).
 */
import {
  checkInventory, planAggregate, planFix, planGenerateCodes, planSerialize, sayIn, textOf,
  type CellValue, type Grid, type Issue, type RowRefusal, type Say, type SettingsInput,
} from "../../src/core";
import { catalogueOf, EN } from "../../src/core/messages";
import { valueWord } from "../../src/core/cells";

const FI = catalogueOf("fi");

const HEADER = ["Name", "Qty", "Codes", "Category", "Km"];
const KM: Partial<SettingsInput> = { additiveColumns: ["Km"] };

function grid(...rows: CellValue[][]): Grid {
  return [HEADER, ...rows];
}

interface Case {
  /** The catalogue id the refusal says (its top message). */
  id: string;
  refusal: () => RowRefusal | undefined;
  /** Words of the reason that are not the engine's: a rule id it quotes. */
  data?: string;
}

const firstRefused = (plan: { refused: RowRefusal[] }) => plan.refused[0];
const firstSkipped = (plan: { skipped: RowRefusal[] }) => plan.skipped[0];
const REGISTER = [["Asset tag", "Name", "Category"], ["IT-001", "Laptop", "Laptops"], ["IT-002", "Laptop", "Laptops"]];
const LONG = "K".repeat(17_000);

const AVAILABLE = true;
const KEEP = { statusMerge: "keep-counts" } as const;
const STATUS_DATA = "Status Available Rented Repair";

const CASES: Case[] = [
  // Rows a plan cannot use
  { id: "plan-no-table", refusal: () => firstRefused(planSerialize([["Notes"], ["x"]], [1])) },
  { id: "plan-header-row", refusal: () => firstSkipped(planSerialize(grid(["Ski", 2, "S1", "Skis", 1]), [0])) },
  { id: "plan-above-table", refusal: () => firstSkipped(planSerialize([["Stock list"], HEADER, ["Ski", 2, "S1", "Skis", 1]], [0])) },
  { id: "plan-blank-row", refusal: () => firstSkipped(planSerialize(grid([], ["Ski", 2, "S1", "Skis", 1]), [1])) },
  { id: "plan-no-quantity-column", refusal: () => firstRefused(planSerialize(REGISTER, [1])) },
  { id: "plan-row-errors", refusal: () => firstRefused(planSerialize(grid(["Ski", "two", "S1", "Skis", 1]), [1])) },
  { id: "plan-header-problem", refusal: () => firstRefused(planSerialize([["Qty", "Codes", "Codes"], [2, "A", "B"]], [1])) },
  // Serialize
  { id: "plan-already-serialized", refusal: () => firstSkipped(planSerialize(grid(["Ski", 1, "S1", "Skis", 1]), [1])) },
  { id: "plan-no-units", refusal: () => firstSkipped(planSerialize(grid(["Ski", 0, "S1", "Skis", 1]), [1])) },
  { id: "plan-fix-codes-first", refusal: () => firstRefused(planSerialize(grid(["Ski", 2, "S1;S2", "Skis", 1]), [1])) },
  { id: "plan-codes-over-quantity", refusal: () => firstRefused(planSerialize(grid(["Ski", 2, "S1, S2, S3", "Skis", 1]), [1])) },
  { id: "plan-codes-too-long", refusal: () => firstRefused(planSerialize(grid(["Ski", 2, "ABCDEFGH", "Skis", 1]), [1], { maxCodeLength: 8 })) },
  { id: "plan-prefix-codes-too-long", refusal: () => firstRefused(planSerialize(grid(["Ski", 2, "", "Skis", 1]), [1], { maxCodeLength: 5 })) },
  { id: "plan-split-refused", refusal: () => firstRefused(planSerialize(grid(["Ski", 2, "S1", "Skis", "n/a"]), [1], KM)) },
  { id: "plan-split-refused", refusal: () => firstRefused(planSerialize(grid(["Ski", 2, "S1", "Skis", 1e20]), [1], KM)) },
  { id: "plan-past-last-row", refusal: () => firstRefused(planSerialize(grid(["Ski", 5, "S1", "Skis", 1]), [1], { lastUsedRow: 1_048_574 })) },
  {
    id: "plan-formulas-refused",
    refusal: () => firstRefused(planSerialize(grid(["Ski", 2, "S1", "Skis", 10]), [1], KM, undefined, { formulas: formulaIn(1, 4, "=B2*5") })),
  },
  // Aggregate
  { id: "plan-no-units-to-merge", refusal: () => firstRefused(planAggregate(grid(["Ski", 0, "", "Skis", 1], ["Ski", 1, "S2", "Skis", 1]), [1, 2])) },
  { id: "plan-one-code-per-cell", refusal: () => firstRefused(planAggregate(grid(["Ski", 1, "S1", "Skis", 1], ["Ski", 1, "S2", "Skis", 1]), [1, 2], { oneCodePerCell: true })) },
  { id: "plan-unit-several-codes", refusal: () => firstRefused(planAggregate(grid(["Car", 1, "VIN1, ABC-1", "Cars", 1], ["Car", 1, "VIN2", "Cars", 1]), [1, 2])) },
  {
    id: "plan-joined-codes-too-long",
    refusal: () => firstRefused(planAggregate(grid(["Ski", 1, `A${LONG}`, "Skis", 1], ["Ski", 1, `B${LONG}`, "Skis", 1]), [1, 2], { maxCodeLength: 32_767 })),
  },
  { id: "plan-sum-refused", refusal: () => firstRefused(planAggregate(grid(["Ski", 1, "S1", "Skis", 1], ["Ski", 1, "S2", "Skis", "n/a"]), [1, 2], KM)) },
  { id: "plan-sum-refused", refusal: () => firstRefused(planAggregate(grid(["Ski", 1, "S1", "Skis", 5e15], ["Ski", 1, "S2", "Skis", 5e15]), [1, 2], KM)) },
  { id: "plan-nothing-to-merge", refusal: () => firstRefused(planAggregate(grid(["Ski", 1, "S1", "Skis", 1]), [1])) },
  { id: "plan-row-differs", refusal: () => firstRefused(planAggregate(grid(["Ski", 1, "S1", "Skis", 1], ["Ski", 1, "S2", "Boots", 1]), [1, 2])) },
  {
    id: "plan-formulas-refused",
    refusal: () => firstRefused(planAggregate(grid(["Ski", 1, "S1", "Skis", 1], ["Ski", 1, "S2", "Skis", 2]), [1, 2], KM, undefined, { formulas: formulaIn(2, 4, "=B3*2") })),
  },
  // Generated codes and fixes
  { id: "plan-row-has-codes", refusal: () => firstRefused(planGenerateCodes(grid(["Ski", 1, "S1", "Skis", 1]), [1])) },
  { id: "plan-no-table", refusal: () => firstRefused(planGenerateCodes([["Notes"], ["x"]], [1])) },
  {
    id: "plan-no-automatic-fix", data: "quantity-not-a-number",
    refusal: () => firstRefused(planFix(grid(["Ski", "two", "S1", "Skis", 1]), checkInventory(grid(["Ski", "two", "S1", "Skis", 1])).issues)),
  },
  { id: "plan-cell-not-checked", refusal: () => firstRefused(planFix(grid(), [fixable(5, 2)])) },
  { id: "plan-cell-changed", refusal: () => firstRefused(planFix(grid(["Ski", 1, "S1", "Skis", 1]), [fixable(1, 2)])) },
  { id: "plan-row-differs", refusal: () => firstRefused(planAggregate([[...HEADER, ""], ["Ski", 1, "S1", "Skis", 1, "x"], ["Ski", 1, "S2", "Skis", 1, "y"]], [1, 2])) },
  // Statuses and available counts (issue 16)
  { id: "plan-available-unreadable", data: "Available", refusal: () => staleAvailable() },
  { id: "plan-status-differs", data: STATUS_DATA, refusal: () => firstRefused(planAggregate(statusGrid(AVAILABLE), [1, 2])) },
  { id: "plan-status-differs-no-available", data: STATUS_DATA, refusal: () => firstRefused(planAggregate(statusGrid(false), [1, 2], undefined, undefined, KEEP)) },
  { id: "plan-status-mixed", data: STATUS_DATA, refusal: () => firstRefused(planAggregate(statusGrid(AVAILABLE), [1, 2], undefined, undefined, KEEP)) },
];

/** Two unit rows that differ only in their status (Rented, Repair), with or without an available column. */
function statusGrid(available: boolean): Grid {
  return available
    ? [["Qty", "Codes", "Status", "Available"], [1, "S1", "Rented", 0], [1, "S2", "Repair", 0]]
    : [["Qty", "Codes", "Status"], [1, "S1", "Rented"], [1, "S2", "Repair"]];
}

/** A report made before the available cell was edited to text the plan cannot count (a stale report). */
function staleAvailable(): RowRefusal | undefined {
  const values: CellValue[][] = [["Qty", "Codes", "Available"], [2, "S1", 1]];
  const report = checkInventory(values);
  values[1][2] = "x";
  return firstRefused(planSerialize(values, [1], undefined, report));
}

/** Formulas of a grid: `formula` in grid cell (`row`, `column`), no other. */
function formulaIn(row: number, column: number, formula: string): (string | undefined)[][] {
  const formulas: (string | undefined)[][] = Array.from({ length: row + 1 }, () => []);
  formulas[row][column] = formula;
  return formulas;
}

/** An issue with the convert-to-number fix on grid cell (`row`, `column`). */
function fixable(row: number, column: number): Issue {
  return { rule: "quantity-as-text", severity: "warning", row, column, message: "", fix: { kind: "convert-to-number", label: "" } };
}

/** Every catalogue id a message uses, its own and its parts'. */
function idsOf(say: Say): string[] {
  return [say.id, ...Object.values(say.parts ?? {}).flatMap(idsOf)];
}

/** The words (letters only, three or more) of a text, lower case. */
function wordsOf(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/\p{L}{3,}/gu) ?? []));
}

/** The sheet's own text the cases put into reasons; Excel is a product name. */
const DATA = wordsOf(`${HEADER.join(" ")} Skis Boots two ABCDEFGH ITEM n/a B2 B3 E2 E3 VIN1 ABC-1 Excel`);

/** Reasons of the catalogue no plan gives a row today: notes, counts, and rows only a stale report marks. */
const NOT_A_ROW_REASON = ["plan-formulas-outside", "plan-formulas-as-values", "plan-outside-table", "plan-row-has-errors"];

describe("every refusal kind carries its reason as data", () => {
  test.each(CASES.map((c, i) => [`${c.id} (${i})`, c] as const))("%s", (_name, { id, refusal, data }) => {
    const r = refusal();
    expect(r).toBeDefined();
    expect(r!.say?.id).toBe(id);
    const said = r!.say!;
    expect(textOf(said)).toBe(r!.reason);
    expect(sayIn("en-US", said)).toBe(r!.reason); // parts rendered anew give the same words
    for (const part of idsOf(said)) expect(FI[part as keyof typeof FI]).toBeDefined();
    const finnish = sayIn("fi-FI", said);
    expect(finnish).not.toBe(r!.reason);
    const own = wordsOf(data ?? "");
    const english = [...wordsOf(r!.reason)].filter((w) => !DATA.has(w) && !own.has(w));
    const left = english.filter((w) => wordsOf(finnish).has(w));
    expect(left).toEqual([]);
  });

  test("the cases say every plan-… reason of the catalogue, as a refusal or a part of one", () => {
    const said = new Set(CASES.flatMap((c) => idsOf(c.refusal()!.say!)));
    const reasons = Object.keys(EN).filter((id) => id.startsWith("plan-") && !NOT_A_ROW_REASON.includes(id));
    expect(reasons.filter((id) => !said.has(id))).toEqual([]);
  });
});

describe("sentences said in the reader's language, word for word", () => {
  test("plan-row-differs in German names the columns, the unnamed one in German too", () => {
    const values = [["Name", "Qty", "Codes", "Category", ""], ["Ski", 1, "S1", "Skis", "x"], ["Ski", 1, "S2", "Boots", "y"]];
    const r = planAggregate(values, [1, 2]).refused[0];
    expect(r.reason).toBe("row 2 differs from row 3 in Category, column 5: merging would lose them");
    expect(sayIn("de-DE", r.say!)).toBe(
      "Zeile 2 unterscheidet sich von Zeile 3 in den Spalten Category, Spalte 5: Beim Zusammenführen gingen diese Werte verloren",
    );
    expect(sayIn("fi-FI", r.say!)).toBe("rivi 2 eroaa rivistä 3 sarakkeissa Category, sarake 5: yhdistäminen hävittäisi ne");
  });

  test("a split that fails says its problem in Finnish inside the Finnish sentence", () => {
    const r = planSerialize(grid(["Ski", 2, "S1", "Skis", "n/a"]), [1], KM).refused[0];
    expect(r.reason).toBe('row 2: "Km" is split between the new rows but does not hold a number');
    expect(sayIn("fi-FI", r.say!)).toBe('rivi 2: sarakkeen "Km" arvo jaetaan uusille riveille, mutta siinä ei ole lukua');
  });

  test("formula cells are listed with the language's own separator", () => {
    const formulas = formulaIn(1, 4, "=B2*5");
    formulas[1][5] = "=B2*6";
    const values = [[...HEADER, "Extra"], ["Ski", 2, "S1", "Skis", 10, 12]];
    const r = planSerialize(values, [1], { additiveColumns: ["Km", "Extra"] }, undefined, { formulas }).refused[0];
    expect(r.reason).toMatch(/^E2 holds =B2\*5; F2 holds =B2\*6: serializing would write values over these formulas/);
    expect(sayIn("fr-FR", r.say!)).toMatch(/^E2 contient =B2\*5\u00a0; F2 contient =B2\*6/);
  });

  test("a value with no text of its own is a catalogue word in the reader's language, never English", () => {
    const odd = { not: "a cell value" } as unknown as CellValue;
    const r = planAggregate(grid(["Ski", 1, "S1", "Skis", 1], ["Ski", 1, "S2", "Skis", odd]), [1, 2], KM).refused[0];
    expect(r.reason).toBe('"Km" is added up when rows merge, but E3 holds (an unsupported value), not a number');
    expect(sayIn("fi-FI", r.say!)).toBe('sarake "Km" lasketaan yhteen rivejä yhdistettäessä, mutta solussa E3 on (arvo, jota ei tueta), joka ei ole luku');
    const [issue] = checkInventory(grid(["Ski", odd, "S1", "Skis", 1])).issues;
    expect(issue.message).toBe("B2: quantity (an unsupported value) is not a number");
    expect(sayIn("sv-SE", issue.say!)).toContain("(ett värde som inte stöds)");
    expect(valueWord(undefined)).toEqual({ id: "value-empty", values: {} });
    expect(sayIn("fi-FI", valueWord(null)!)).toBe("(tyhjä)");
    expect(valueWord(0)).toBeUndefined();
    expect(valueWord("")).toBeUndefined(); // text is quoted as itself: ""
  });

  test("a refusal shared by many rows is put into words once and shared", () => {
    const values = grid(...Array.from({ length: 3 }, (_, i) => ["Ski", 5, `S${i}`, "Skis", 1]));
    const plan = planSerialize(values, [1, 2, 3], { lastUsedRow: 1_048_570 });
    expect(plan.refused).toHaveLength(3);
    expect(new Set(plan.refused.map((r) => r.say))).toEqual(new Set([plan.refused[0].say]));
  });
});
