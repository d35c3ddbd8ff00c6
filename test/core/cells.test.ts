import { columnLetters, parseAddress, toAddress, isExcelError, isEmpty, InventoryArgumentError } from "../../src/core";

describe("addresses", () => {
  test.each([
    [0, "A"], [25, "Z"], [26, "AA"], [51, "AZ"], [52, "BA"], [701, "ZZ"], [702, "AAA"], [16383, "XFD"],
  ])("column %i is %s", (index, letters) => {
    expect(columnLetters(index)).toBe(letters);
  });

  test("toAddress names the cell the user sees, from the origin", () => {
    expect(toAddress(13, 2)).toBe("C14");
    expect(toAddress(0, 0, "B3")).toBe("B3");
    expect(toAddress(2, 1, "B3")).toBe("C5");
    expect(toAddress(0, 25, "B1")).toBe("AA1");
  });

  test("parseAddress reads A1 addresses and refuses anything else with a named error", () => {
    expect(parseAddress("c14")).toEqual({ row: 13, column: 2 });
    expect(parseAddress("$XFD$1048576")).toEqual({ row: 1048575, column: 16383 });
    expect(() => parseAddress("14C")).toThrow(InventoryArgumentError);
    expect(() => toAddress(0, 0, "A0")).toThrow(InventoryArgumentError);
  });
});

describe("cell values", () => {
  test("empty is \"\", null or undefined, nothing else", () => {
    expect([" ", 0, false, "0"].map(isEmpty)).toEqual([false, false, false, false]);
    expect(["", null, undefined].map(isEmpty)).toEqual([true, true, true]);
  });

  test.each(["#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA",
    "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!"])("%s is an Excel error value", (text) => {
    expect(isExcelError(text)).toBe(true);
  });

  test.each(["#N/A ", "#n/a", "#1", "N/A", "#", 5])("%p is not an Excel error value", (value) => {
    expect(isExcelError(value)).toBe(false);
  });
});
