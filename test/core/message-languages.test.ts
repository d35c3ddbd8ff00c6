import { textIn, text, uiLanguageOf, hasCatalogue } from "../../src/core";
import { catalogueOf } from "../../src/core/messages";

describe("textIn", () => {
  it("speaks the language of the tag, English where the tag has no catalogue", () => {
    expect(uiLanguageOf("fi-FI")).toBe("fi");
    expect(uiLanguageOf("de_AT")).toBe("de");
    expect(uiLanguageOf("ja-JP")).toBe("en");
    expect(hasCatalogue("ja-JP")).toBe(false);
    expect(hasCatalogue("sv")).toBe(true);
  });

  it("formats numbers in the locale's culture even where the words fall back to English", () => {
    expect(textIn("en-US", "rows-count", { count: 3000 })).toBe("3,000 rows");
    expect(textIn("en-US", "rows-count", { count: 3000 })).toBe(text("rows-count", { count: 3000 }));
    // de-CH speaks German words with Swiss grouping; ja-JP has no catalogue: English words, Japanese grouping.
    const swiss = textIn("de-CH", "rows-count", { count: 3000 });
    expect(swiss).toContain(new Intl.NumberFormat("de-CH").format(3000));
    expect(swiss).not.toContain("rows");
    expect(catalogueOf("de")["rows-count"]).toBeDefined();
    expect(textIn("ja-JP", "rows-count", { count: 3000 })).toBe(`${new Intl.NumberFormat("ja-JP").format(3000)} rows`);
  });
});
