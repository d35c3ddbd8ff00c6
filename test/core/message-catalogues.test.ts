import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { EN } from "../../src/core/messages/en";
import { catalogueOf, UI_LANGUAGES, type UiLanguage } from "../../src/core/messages/languages";

/** The arguments a message takes, with how it uses each (`count:plural`, `address:argument`). */
function argumentsOf(message: string): string[] {
  const found = new Set<string>();
  const walk = (elements: MessageFormatElement[]): void => {
    for (const element of elements) {
      if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time) {
        found.add(`${element.value}:${TYPE[element.type]}`);
      } else if (element.type === TYPE.select || element.type === TYPE.plural) {
        found.add(`${element.value}:${TYPE[element.type]}`);
        for (const option of Object.values(element.options)) walk(option.value);
      } else if (element.type === TYPE.tag) {
        walk(element.children);
      }
    }
  };
  walk(parse(message, { ignoreTag: true }));
  return [...found].sort();
}

const TRANSLATED = UI_LANGUAGES.filter((language): language is Exclude<UiLanguage, "en"> => language !== "en");
const english = EN as Readonly<Record<string, string>>;

describe.each(TRANSLATED)("the %s catalogue", (language) => {
  const catalogue = catalogueOf(language) as Readonly<Record<string, string>>;

  it("has every key English has", () => {
    expect(Object.keys(english).filter((key) => catalogue[key] === undefined)).toEqual([]);
  });

  it("has no key English lacks", () => {
    expect(Object.keys(catalogue).filter((key) => english[key] === undefined)).toEqual([]);
  });

  it("takes the same ICU arguments as English in every message", () => {
    const differing = Object.keys(english)
      .filter((key) => catalogue[key] !== undefined)
      .filter((key) => argumentsOf(catalogue[key]).join() !== argumentsOf(english[key]).join());
    expect(differing).toEqual([]);
  });
});

describe("argumentsOf", () => {
  it("finds arguments inside plural and select options", () => {
    expect(argumentsOf("{count, plural, one {# row in {sheet}} other {# rows}}")).toEqual(["count:plural", "sheet:argument"]);
  });

  it("tells a missing argument apart (the test above would fail on it)", () => {
    expect(argumentsOf("{a} and {b}")).not.toEqual(argumentsOf("{a}"));
  });
});
