import { InventoryArgumentError, numberSymbols } from "../../src/core";

describe("numberSymbols", () => {
  test.each([
    ["en-US", ".", ",", "-"],
    ["de-DE", ",", ".", "-"],
    ["fi-FI", ",", "\u00a0", "\u2212"],
    ["fr-FR", ",", "\u202f", "-"],
    ["de-CH", ".", "'", "-"],
  ])("%s writes numbers with decimal %j, group %j and minus %j", (locale, decimal, group, minus) => {
    expect(numberSymbols(locale)).toEqual({ locale, decimal, group, minus });
  });

  test("a tag is canonicalised", () => {
    expect(numberSymbols("fi-fi").locale).toBe("fi-FI");
  });

  test("a tag that is not a language tag is a programmer error naming it", () => {
    expect(() => numberSymbols("not a locale")).toThrow(InventoryArgumentError);
    expect(() => numberSymbols("not a locale")).toThrow('locale "not a locale"');
  });
});
