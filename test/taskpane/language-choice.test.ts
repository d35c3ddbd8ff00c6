/** Which language the pane speaks: the display language, a stored pick, and what a bad store means. */
import {
  englishNameOf, LANGUAGE_STORAGE_KEY, missingLanguageOf, paneTagOf, readLanguageChoice, saveLanguageChoice, type ChoiceStorage,
} from "../../src/taskpane/i18n/language-choice";

function memory(initial?: string): ChoiceStorage & { items: Map<string, string> } {
  const items = new Map<string, string>(initial === undefined ? [] : [[LANGUAGE_STORAGE_KEY, initial]]);
  return { items, getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

const refusing: ChoiceStorage = {
  getItem: () => {
    throw new Error("SecurityError");
  },
  setItem: () => {
    throw new Error("QuotaExceededError");
  },
};

test("automatic follows Office's display language when the pane has its catalogue, keeping its region", () => {
  expect(paneTagOf("auto", "fi-FI")).toBe("fi-FI");
  expect(paneTagOf("auto", "de-at")).toBe("de-AT");
  expect(paneTagOf("auto", "sv")).toBe("sv");
  expect(paneTagOf("auto", "ja-JP")).toBe("en-US");
  expect(paneTagOf("auto", undefined)).toBe("en-US");
  expect(paneTagOf("auto", "not a tag!")).toBe("en-US");
});

test("a picked language wins over the display language, in the display language's region when they agree", () => {
  expect(paneTagOf("de", "fi-FI")).toBe("de-DE");
  expect(paneTagOf("fr", "fr-CA")).toBe("fr-CA");
  expect(paneTagOf("en", "en-GB")).toBe("en-GB");
  expect(paneTagOf("nl", undefined)).toBe("nl-NL");
});

test("a display language without a catalogue is named (in English) so Settings can say so", () => {
  expect(missingLanguageOf("ja-JP")).toBe("ja-JP");
  expect(englishNameOf("ja-JP")).toBe("Japanese");
  expect(missingLanguageOf("fi-FI")).toBeUndefined();
  expect(missingLanguageOf(undefined)).toBeUndefined();
});

test("the pick is stored per user and read back", () => {
  const storage = memory();
  expect(readLanguageChoice(storage)).toBe("auto");
  expect(saveLanguageChoice(storage, "sv")).toBe(true);
  expect(JSON.parse(storage.items.get(LANGUAGE_STORAGE_KEY) ?? "")).toEqual({ language: "sv" });
  expect(readLanguageChoice(storage)).toBe("sv");
});

test.each([
  ["not JSON", "{language: fi"],
  ["an unknown language", JSON.stringify({ language: "ja" })],
  ["a wrong shape", JSON.stringify(["fi"])],
  ["an extra key", JSON.stringify({ language: "fi", theme: "dark" })],
  ["a bare string", JSON.stringify("fi")],
])("a corrupted pick (%s) counts as none: the display language decides", (_what, stored) => {
  const storage = memory(stored);
  expect(readLanguageChoice(storage)).toBe("auto");
  expect(paneTagOf(readLanguageChoice(storage), "de-DE")).toBe("de-DE");
});

test("a browser that refuses storage leaves the pick to this session and never throws", () => {
  expect(readLanguageChoice(refusing)).toBe("auto");
  expect(saveLanguageChoice(refusing, "fi")).toBe(false);
  expect(saveLanguageChoice(undefined, "fi")).toBe(false);
});
