/**
 * The Finnish, Swedish and Dutch words for the engine, plans, Excel, app, action and pane areas:
 * every key renders in its language, keeps every value the English sentence shows, and is
 * really translated (not English copied over); the pane's tabs stay short and its steps name
 * the ribbon as the manifest labels it.
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { textIn, type MessageId, type MessageValues } from "../../src/core/messages";
import { ACTIONS } from "../../src/core/messages/en/actions";
import { APP } from "../../src/core/messages/en/app";
import { COMMON } from "../../src/core/messages/en/common";
import { ENGINE } from "../../src/core/messages/en/engine";
import { EXCEL } from "../../src/core/messages/en/excel";
import { PANE } from "../../src/core/messages/en/pane";
import { PLANS } from "../../src/core/messages/en/plans";
import { REAL_SHAPES } from "../../src/core/messages/en/real-shapes";

const AREAS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  actions: ACTIONS, app: APP, common: COMMON, engine: ENGINE, excel: EXCEL, plans: PLANS, "real-shapes": REAL_SHAPES, pane: PANE,
};
const KEYS = Object.values(AREAS).flatMap((area) => Object.keys(area)) as MessageId[];
const ENGLISH: Readonly<Record<string, string>> = Object.assign({}, ...Object.values(AREAS));
const LOCALES = ["fi-FI", "sv-SE", "nl-NL"] as const;

/** How an English message uses its arguments: text, numbers, and the option keys of each select. */
interface Arguments {
  texts: Set<string>;
  numbers: Set<string>;
  selects: Map<string, Set<string>>;
}

function argumentsOf(message: string): Arguments {
  const found: Arguments = { texts: new Set(), numbers: new Set(), selects: new Map() };
  const walk = (elements: MessageFormatElement[]): void => {
    for (const element of elements) {
      if (element.type === TYPE.argument) found.texts.add(element.value);
      else if (element.type === TYPE.number) found.numbers.add(element.value);
      else if (element.type === TYPE.plural) found.numbers.add(element.value);
      if (element.type === TYPE.select) {
        const keys = found.selects.get(element.value) ?? new Set<string>();
        for (const key of Object.keys(element.options)) if (key !== "other") keys.add(key);
        found.selects.set(element.value, keys);
      }
      if (element.type === TYPE.select || element.type === TYPE.plural) {
        for (const option of Object.values(element.options)) walk(option.value);
      }
    }
  };
  walk(parse(message, { ignoreTag: true }));
  return found;
}

/** The text sample of argument `name`: distinctive, so a test can find it in the output. */
const sample = (name: string): string => `«${name}»`;

/**
 * Value sets that walk every branch of a message: each count in turn for every number, and
 * each option of every select (one select at a time, the others on their `other` words).
 */
function samplesOf(message: string): MessageValues[] {
  const args = argumentsOf(message);
  const base = (count: number): Record<string, string | number> => {
    const values: Record<string, string | number> = {};
    for (const name of args.texts) values[name] = sample(name);
    for (const name of args.selects.keys()) if (!args.texts.has(name)) values[name] = sample(name);
    for (const name of args.numbers) values[name] = count;
    return values;
  };
  const out: MessageValues[] = [0, 1, 2, 3, 7, 3000].map(base);
  for (const [name, keys] of args.selects) {
    for (const key of keys) for (const count of [1, 2, 7]) out.push({ ...base(count), [name]: key });
  }
  return out;
}

describe.each(LOCALES)("the %s words for the existing catalogue", (locale) => {
  it("render every key of the areas as non-empty text", () => {
    const empty = KEYS.filter((id) => samplesOf(ENGLISH[id]).some((values) => textIn(locale, id, values).trim() === ""));
    expect(empty).toEqual([]);
  });

  it("differ from English in at least 90 % of the keys", () => {
    const same = KEYS.filter((id) => {
      const values = samplesOf(ENGLISH[id])[2];
      return textIn(locale, id, values) === textIn("en-US", id, values);
    });
    expect(same.length).toBeLessThanOrEqual(KEYS.length * 0.1);
  });

  it("show every text value the English sentence shows, in every branch", () => {
    const lost: string[] = [];
    for (const id of KEYS) {
      const args = argumentsOf(ENGLISH[id]);
      for (const values of samplesOf(ENGLISH[id])) {
        const english = textIn("en-US", id, values);
        const words = textIn(locale, id, values);
        for (const name of args.texts) {
          if (english.includes(sample(name)) && !words.includes(sample(name))) lost.push(`${id}: ${name} (${JSON.stringify(values)})`);
        }
      }
    }
    expect(lost).toEqual([]);
  });

  it("write counts in the locale's culture", () => {
    expect(textIn(locale, "rows-count", { count: 3000 })).toContain(new Intl.NumberFormat(locale).format(3000));
    expect(textIn(locale, "rows-count", { count: 3000 })).not.toBe(textIn("en-US", "rows-count", { count: 3000 }));
  });
});

const TABS = ["pane-tab-check", "pane-tab-serialize", "pane-tab-aggregate", "pane-tab-summary", "pane-tab-find", "pane-tab-settings"] as const;
const MANIFEST = readFileSync(path.join(__dirname, "../../manifest.xml"), "utf8");

/** The ribbon label `id` as Excel shows it in `locale`: the manifest's override for it, else its default. */
function ribbonLabel(id: string, locale: string, manifest = MANIFEST): string {
  const element = new RegExp(`<bt:String id="${id}" DefaultValue="([^"]*)"(?:\\s*/>|>([\\s\\S]*?)</bt:String>)`).exec(manifest);
  if (!element) throw new Error(`manifest.xml has no string ${id}`);
  const override = new RegExp(`<bt:Override Locale="${locale}" Value="([^"]*)"`, "i").exec(element[2] ?? "");
  return override?.[1] ?? element[1];
}

describe.each(LOCALES)("the %s pane", (locale) => {
  it("keeps its tab labels short: none over 16 characters, all together at most half again the English", () => {
    const labels = TABS.map((id) => textIn(locale, id));
    const length = (words: string[]) => words.join("").length;
    expect(labels.filter((label) => label.length > 16)).toEqual([]);
    expect(length(labels)).toBeLessThanOrEqual(length(TABS.map((id) => textIn("en-US", id))) * 1.5);
  });

  it("names the ribbon's group and button as the manifest labels them in this language", () => {
    const group = ribbonLabel("Group.Label", locale);
    const button = ribbonLabel("ShowPane.Label", locale);
    for (const id of ["pane-failed", "pane-start-failed"] as const) {
      expect(textIn(locale, id)).toContain(`, ${group}, ${button})`);
    }
    expect(textIn(locale, "pane-outside-step-show")).toContain(button);
  });
});

describe("the sample values", () => {
  it("reach a text argument that only one option of a select shows", () => {
    const branches = samplesOf("{found, select, quantity {row {row}} other {none}}");
    expect(branches.some((values) => values.found === "quantity" && values.row === sample("row"))).toBe(true);
  });

  it("give plural and number arguments numbers, text arguments text", () => {
    const [values] = samplesOf("{cell}: {count, plural, one {# row} other {# rows}} of {total, number}");
    expect(values).toEqual({ cell: "«cell»", count: 0, total: 0 });
  });
});

describe("the manifest's ribbon labels", () => {
  const manifest =
    '<bt:String id="A" DefaultValue="Show pane"/>' +
    '<bt:String id="B" DefaultValue="Inventory"><bt:Override Locale="fi-FI" Value="Varasto"/></bt:String>';

  it("are a locale's override when the manifest has one, the default otherwise", () => {
    expect(ribbonLabel("B", "fi-FI", manifest)).toBe("Varasto");
    expect(ribbonLabel("B", "sv-SE", manifest)).toBe("Inventory");
    expect(ribbonLabel("A", "fi-FI", manifest)).toBe("Show pane");
  });
});
