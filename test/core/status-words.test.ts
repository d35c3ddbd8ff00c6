/** Built-in status words (design.md §28): one class per word in every language, and how a cell is classed. */
import { classifyStatus, statusWordFor, HEADER_LANGUAGES } from "../../src/core";
import { NO_WORDS, STATUS_WORDS, YES_WORDS, statusKey } from "../../src/core/status-words";

const none = { statusMap: {} };

describe("the built-in status words", () => {
  test("no word stands in two classes, in one language or across languages (yes and no words included)", () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    const put = (word: string, where: string) => {
      const key = statusKey(word);
      const before = seen.get(key);
      if (before !== undefined && before.split(":")[1] !== where.split(":")[1]) clashes.push(`${word}: ${before} / ${where}`);
      seen.set(key, where);
    };
    for (const [language, words] of Object.entries(STATUS_WORDS)) {
      for (const [cls, list] of Object.entries(words)) for (const word of list) put(word, `${language}:${cls}`);
    }
    for (const word of YES_WORDS) put(word, "yes:available");
    for (const word of NO_WORDS) put(word, "no:unavailable");
    expect(clashes).toEqual([]);
  });

  test("every header language has words in every class", () => {
    for (const language of HEADER_LANGUAGES) {
      const words = STATUS_WORDS[language];
      expect([language, words.available.length > 0, words.out.length > 0, words.unavailable.length > 0]).toEqual([language, true, true, true]);
    }
  });

  test.each([
    ["Available", "available"], ["In stock", "available"], ["Rented", "out"], ["On rent", "out"], ["Checked out", "out"],
    ["Reserved", "out"], ["Loaned", "out"], ["Maintenance", "unavailable"], ["Repair", "unavailable"], ["Broken", "unavailable"],
    ["Lost", "unavailable"], ["Sold", "unavailable"], ["Retired", "unavailable"], ["Damaged", "unavailable"],
    ["Vapaana", "available"], ["Vuokralla", "out"], ["Huollossa", "unavailable"], ["Rikki", "unavailable"],
    ["Tillgänglig", "available"], ["Uthyrd", "out"], ["Trasig", "unavailable"],
    ["Verfügbar", "available"], ["Vermietet", "out"], ["In Reparatur", "unavailable"], ["Verkauft", "unavailable"],
    ["Beschikbaar", "available"], ["Verhuurd", "out"], ["Kapot", "unavailable"],
    ["Disponible", "available"], ["Loué", "out"], ["En réparation", "unavailable"], ["Vendu", "unavailable"],
    ["Active", "available"], ["Inactive", "unavailable"], ["Aktiv", "available"],
    ["Alquilado", "out"], ["Noleggiato", "out"], ["Alugado", "out"], ["Wypożyczony", "out"], ["Utleid", "out"], ["Udlejet", "out"],
  ])("%s is %s", (word, cls) => {
    expect(classifyStatus(word, none)).toBe(cls);
  });

  test("Snipe-IT's status labels are classed as Snipe-IT means them", () => {
    const got = ["Ready to Deploy", "Deployed", "Pending", "Pending Diagnostics", "Undeployable", "Archived", "Lost/Stolen", "Out for Repair"]
      .map((w) => classifyStatus(w, none));
    expect(got).toEqual(["available", "out", "unavailable", "unavailable", "unavailable", "unavailable", "unavailable", "unavailable"]);
  });

  test("grades of a resale Condition column are available: they describe an item on hand", () => {
    expect(["New", "Used", "Like new", "Good", "Very good", "Fair", "Refurbished", "Neu", "Gebraucht", "Occasion"].map((w) => classifyStatus(w, none)))
      .toEqual(new Array(10).fill("available"));
  });

  test("marketplace grades are available, but not for parts; a shop's stock statuses are unavailable; in use is out", () => {
    const grades = ["Pre-owned", "Used - Good", "Used - Like New", "Used - Very Good", "New with tags", "Seller refurbished", "Certified refurbished"];
    expect(grades.map((w) => classifyStatus(w, none))).toEqual(new Array(grades.length).fill("available"));
    const gone = ["For parts or not working", "Out of stock", "Sold out", "Backorder", "On backorder", "Discontinued"];
    expect(gone.map((w) => classifyStatus(w, none))).toEqual(new Array(gone.length).fill("unavailable"));
    expect(classifyStatus("In use", none)).toBe("out");
  });

  test("hyphens and underscores compare as spaces", () => {
    expect(["Checked-out", "checked_out", "CHECKED - OUT", "Used-Good", "pre owned"].map((w) => classifyStatus(w, none))).toEqual(["out", "out", "out", "available", "available"]);
    expect(statusKey("Checked-out")).toBe(statusKey("Checked  out"));
    expect(classifyStatus("out_of_stock", { statusMap: { "Out-of-stock": "out" } })).toBe("out");
  });

  test("compared NFC, trimmed, inner spaces collapsed, in any case; empty is no status; anything else is unknown", () => {
    expect(classifyStatus("  ON   rent ", none)).toBe("out");
    expect(classifyStatus("Loue\u0301", none)).toBe("out");
    expect(classifyStatus("   ", none)).toBeUndefined();
    expect(classifyStatus("Flooded", none)).toBe("unknown");
    expect(classifyStatus("Yes", none)).toBe("available");
    expect(classifyStatus("nein", none)).toBe("unavailable");
  });
});

describe("the operator's status map", () => {
  test("overrides a built-in word and classes a new one, compared as built-in words are", () => {
    const settings = { statusMap: { Repair: "out" as const, " FLOODED ": "unavailable" as const } };
    expect(classifyStatus("repair", settings)).toBe("out");
    expect(classifyStatus("Flooded", settings)).toBe("unavailable");
    expect(classifyStatus("Rented", settings)).toBe("out");
  });
});

describe("statusWordFor", () => {
  test("the map's first word of the class, else the built-in word of the locale's language, else English", () => {
    expect(statusWordFor("out", { statusMap: { Hired: "out", Lent: "out" }, locale: "fi-FI" })).toBe("Hired");
    expect(statusWordFor("out", { statusMap: { Hired: "out" }, locale: "en-US" })).toBe("Hired");
    expect(statusWordFor("available", { statusMap: { Hired: "out" }, locale: "de-DE" })).toBe("Verfügbar");
    expect(statusWordFor("out", { statusMap: {}, locale: "fi-FI" })).toBe("Käytössä");
    expect(statusWordFor("unavailable", { statusMap: {}, locale: "fr-FR" })).toBe("Indisponible");
    expect(statusWordFor("out", { statusMap: {}, locale: "ja-JP" })).toBe("Out");
  });

  test("the word it writes is classed back into its class, in every language", () => {
    for (const language of HEADER_LANGUAGES) {
      for (const cls of ["available", "out", "unavailable"] as const) {
        expect([language, classifyStatus(statusWordFor(cls, { statusMap: {}, locale: language }), none)]).toEqual([language, cls]);
      }
    }
  });
});
