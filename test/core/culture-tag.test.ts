import { checkInventory, cultureName, cultureTag, numberSymbols, parseNumberText } from "../../src/core";

describe("cultureTag: Excel's culture as the locale numbers are read in", () => {
  test("a culture with its name's own separators is its name", () => {
    expect(cultureTag("fi-FI", ",", "\u00a0")).toBe("fi-FI");
    expect(cultureTag("de-DE", ",", ".")).toBe("de-DE");
    expect(cultureTag("en-US", ".", ",")).toBe("en-US");
  });

  test("any space between groups is the same separator (Excel and Intl pick different ones)", () => {
    expect(cultureTag("fr-FR", ",", "\u00a0")).toBe("fr-FR");
    expect(cultureTag("fi-FI", ",", " ")).toBe("fi-FI");
  });

  test("separators the user changed win over the name", () => {
    const tag = cultureTag("fi-FI", ".", ",");
    expect(tag).toBe("fi-FI-x-d002e-g002c");
    expect(numberSymbols(tag)).toEqual({ locale: tag, decimal: ".", group: ",", minus: "\u2212" });
    expect(parseNumberText("1,234.5", tag)).toEqual({ value: 1234.5, decimals: 1 });
    expect(parseNumberText("12,50", tag)).toBeNull();
    expect(cultureName(tag)).toBe("fi-FI");
  });

  test("an en-US Excel set to decimal commas reads 12,50 as 12.5", () => {
    const tag = cultureTag("en-US", ",", ".");
    expect(tag).toBe("en-US-x-d002c-g002e");
    expect(parseNumberText("12,50", tag)).toEqual({ value: 12.5, decimals: 2 });
    expect(parseNumberText("1.234,5", tag)).toEqual({ value: 1234.5, decimals: 1 });
  });

  test("a name that is no tag gives en-US; unusable separators keep the name's", () => {
    expect(cultureTag("not a culture", ",", ".")).toBe("en-US");
    expect(cultureTag("de-DE", ",", ",")).toBe("de-DE");
    expect(cultureTag("de-DE", "", ".")).toBe("de-DE");
    expect(cultureTag("de-DE", "5", ".")).toBe("de-DE");
  });

  test("messages name the culture, not its separators", () => {
    const values = [["Code", "Qty"], ["A-1", "1.5"]];
    const report = checkInventory(values, { locale: cultureTag("de-DE", ",", " ") });
    const issue = report.issues.find((i) => i.rule === "quantity-not-a-number");
    expect(issue?.message).toBe("B2: quantity \"1.5\" is not a number in de-DE");
  });
});
