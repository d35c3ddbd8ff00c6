import { copiedDown, mapFormulaRows, rowsDeleted, rowsInserted } from "../../src/cli/formula-rows";

describe("mapFormulaRows", () => {
  test("a copied formula moves relative rows and keeps $ rows, like Excel's fill down", () => {
    expect(mapFormulaRows("B5*C5+$D$1+E$2+$F3", copiedDown(2))).toBe("B7*C7+$D$1+E$2+$F5");
  });

  test("text in quotes, structured references and function names are left alone", () => {
    expect(mapFormulaRows('IF(A5="A5",LOG10(B5),SUM(Table1[A1]))', copiedDown(1))).toBe('IF(A6="A5",LOG10(B6),SUM(Table1[A1]))');
  });

  test("inserting rows shifts references below the insertion point and grows ranges across it", () => {
    const map = rowsInserted("Stock", "Stock", [{ after: 5, count: 3 }]);
    expect(mapFormulaRows("SUM(D2:D10)+D5+D6+$D$7", map)).toBe("SUM(D2:D13)+D5+D9+$D$10");
    expect(mapFormulaRows("SUM(D2:D5)", map)).toBe("SUM(D2:D5)");
  });

  test("rows split by serialize: a range ending at the split row grows over its pieces; a reference to the row stays on its first piece", () => {
    const map = rowsInserted("S", "S", [{ after: 7, count: 2 }], { splitRows: true });
    expect(mapFormulaRows("SUM(E4:E7)+E7+SUM(E7:E7)+SUM(E7:E10)+SUM(E2:E6)", map)).toBe("SUM(E4:E9)+E7+SUM(E7:E9)+SUM(E7:E12)+SUM(E2:E6)");
  });

  test("references from other sheets move only when they name the changed sheet", () => {
    const map = rowsInserted("My Stock", "Report", [{ after: 5, count: 1 }]);
    expect(mapFormulaRows("'My Stock'!B9+B9+Other!B9", map)).toBe("'My Stock'!B10+B9+Other!B9");
  });

  test("deleting a row shrinks ranges and turns references to it into #REF!", () => {
    const map = rowsDeleted("S", "S", [5]);
    expect(mapFormulaRows("SUM(A2:A10)+A5+A6+SUM(A5:A5)+SUM(A5:A7)", map)).toBe("SUM(A2:A9)+#REF!+A5+SUM(#REF!)+SUM(A5:A6)");
  });

  test("several insertions add up for the rows below each of them", () => {
    const map = rowsInserted("S", "S", [{ after: 8, count: 2 }, { after: 3, count: 4 }]);
    expect(mapFormulaRows("A2+A3+A4+A8+A9+SUM(A1:A20)", map)).toBe("A2+A3+A8+A12+A15+SUM(A1:A26)");
  });

  test("several deletions shrink ranges by the rows removed inside them", () => {
    const map = rowsDeleted("S", "S", [4, 6, 7]);
    expect(mapFormulaRows("SUM(A2:A10)+A5+A8+A6+SUM(A6:A7)+SUM(A6:A9)", map)).toBe("SUM(A2:A7)+A4+A5+#REF!+SUM(#REF!)+SUM(A5:A6)");
  });
});
