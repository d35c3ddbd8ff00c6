/**
 * The catalogue parses as ICU MessageFormat, and the compiled fast path of format.ts says
 * exactly what the library says, for every catalogue message and many values.
 */
import { IntlMessageFormat } from "intl-messageformat";
import { text, type MessageId, type MessageValues } from "../../src/core";
import { EN } from "../../src/core/messages";
import { ENGINE } from "../../src/core/messages/en/engine";
import { compileFast } from "../../src/core/messages/format";

type Element = ReturnType<IntlMessageFormat["getAst"]>[number];

const library = (source: string) => new IntlMessageFormat(source, "en-US", undefined, { ignoreTag: true });

/** The arguments a message takes: plain ones, numbers and plurals (numbers), selects (their keys). */
function argumentsOf(elements: readonly Element[], out = new Map<string, string[] | "text" | "number">()) {
  for (const el of elements) {
    if (el.type === 1) out.set(el.value, out.get(el.value) ?? "text");
    if (el.type === 2) out.set(el.value, "number");
    if (el.type === 5 || el.type === 6) {
      const keys = el.type === 5 ? [...Object.keys(el.options), "something-else"] : "number";
      const known = out.get(el.value);
      out.set(el.value, Array.isArray(known) && Array.isArray(keys) ? [...known, ...keys] : keys);
      for (const option of Object.values(el.options)) argumentsOf(option.value, out);
    }
  }
  return out;
}

const NUMBERS = [0, 1, 2, 3, 4, 5, 11, 1234, 1048576, -1, 2.5];
const TEXTS = ["x", "it's {not} # a <b>tag</b>", "", 7, 12345];

/** Deterministic value sets for a message: each argument takes each of its sample values at least once. */
function valueSets(source: string): MessageValues[] {
  const args = [...argumentsOf(library(source).getAst())];
  const samples = args.map(([, kind]) => (kind === "number" ? NUMBERS : kind === "text" ? TEXTS : kind));
  const rounds = Math.max(1, ...samples.map((s) => s.length));
  return Array.from({ length: rounds * 3 }, (_, k) =>
    Object.fromEntries(args.map(([name], i) => [name, samples[i][(k * (i + 1) + i) % samples[i].length]])));
}

describe("the catalogue", () => {
  test.each(Object.entries(EN))("%s parses as ICU MessageFormat", (_id, source) => {
    expect(library(source).getAst().length).toBeGreaterThan(0);
  });

  test("the engine's messages are all in the English catalogue, once", () => {
    const ids = Object.keys(ENGINE);
    expect(ids.length).toBeGreaterThan(60);
    for (const id of ids) expect(EN[id as MessageId]).toBe(ENGINE[id as keyof typeof ENGINE]);
  });
});

describe("the fast path", () => {
  test.each(Object.entries(ENGINE))("%s is compiled, and says what the library says", (_id, source) => {
    const fast = compileFast(source);
    expect(fast).toBeDefined();
    for (const values of valueSets(source)) expect(fast!(values)).toBe(library(source).format(values));
  });

  test.each(Object.entries(EN))("%s: wherever the fast path answers, it says what the library says", (_id, source) => {
    const fast = compileFast(source);
    for (const values of valueSets(source)) {
      const said = fast?.(values);
      if (said !== undefined) expect(said).toBe(library(source).format(values));
    }
  });

  test.each([
    ["{n, plural, =0 {none} one {# item} other {# items}}", { n: 0 }, "none"],
    ["{n, plural, =0 {none} one {# item} other {# items}}", { n: 3000 }, "3,000 items"],
    ["{n, plural, offset:1 =0 {nobody} =1 {{who}} one {{who} and # other} other {{who} and # others}}", { n: 2, who: "Ann" }, "Ann and 1 other"],
    ["{n, plural, offset:1 =0 {nobody} =1 {{who}} one {{who} and # other} other {{who} and # others}}", { n: 5, who: "Ann" }, "Ann and 4 others"],
    ["{n, plural, other {{k, select, a {# in a select is text} other {x}}}}", { n: 2, k: "a" }, "# in a select is text"],
    ["{n, plural, other {# {m, plural, other {# inner}}}}", { n: 2, m: 5 }, "2 5 inner"],
    ["{n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}", { n: 22 }, "22nd"],
    ["{n, number} and {n}", { n: 1234.5 }, "1,234.5 and 1234.5"],
    ["It''s '{literal}' {x}", { x: "ok" }, "It's {literal} ok"],
  ])("%s with %p is %p, as the library says", (source, values, expected) => {
    expect(compileFast(source)?.(values)).toBe(expected);
    expect(library(source).format(values)).toBe(expected);
  });

  test("features it does not compile are left to the library", () => {
    expect(compileFast("{n, number, ::percent}")).toBeUndefined();
    expect(compileFast("{d, date, short}")).toBeUndefined();
    expect(compileFast("{n, plural, other {{d, time}}}")).toBeUndefined();
  });

  test("a value it does not expect is left to the library, which decides", () => {
    const fast = compileFast("{n, plural, one {# row} other {# rows}}")!;
    expect(fast({ n: "3" })).toBeUndefined();
    expect(fast({})).toBeUndefined();
    expect(compileFast("{a} and {b}")!({ a: "x" })).toBeUndefined();
    expect(() => text("rows-count", {})).toThrow(/count/);
    expect(text("rows-count", { count: "3" } as unknown as MessageValues)).toBe(library(EN["rows-count"]).format({ count: "3" }));
  });
});
