/**
 * Messages with some arguments shown as elements: a sheet name in bold, a cell address in an
 * LTR isolate. The message is rendered once with a marker in place of each such argument and
 * split there, so the words and their order stay the translator's, and the text read out is
 * exactly `t(id, values)`. Workbook text always stays text: React escapes it. In a `say`, every
 * address argument sits in a left-to-right `<bdi>`, and a text argument holding right-to-left
 * letters or bidi controls in its own `<bdi>`, so a right-to-left override in a cell cannot
 * reorder the address or the words around it (design.md §22).
 */
import { Fragment, useMemo, type ReactNode } from "react";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { catalogueOf, EN, uiLanguageOf, valuesIn, type MessageId, type MessageValues, type Say } from "../../core";
import { usePaneTag, useText, type Said, type Text } from "./use-text";

/** Renders one argument's value as an element. */
export type Part = (value: string) => ReactNode;

const MARK = /\uE000(\d+)\uE001/;

/** `t(id, values)` with the arguments named in `parts` rendered by them. Use only plain `{arg}` arguments there. */
export function richText(t: Text, id: MessageId, values: MessageValues, parts: Readonly<Record<string, Part>>): ReactNode {
  const names = Object.keys(parts);
  const marked: Record<string, string | number> = { ...values };
  names.forEach((name, index) => (marked[name] = `\uE000${index}\uE001`));
  const pieces = t(id, marked).split(MARK);
  return pieces.map((piece, index) => {
    if (index % 2 === 0) return piece === "" ? null : <Fragment key={index}>{piece}</Fragment>;
    const name = names[Number(piece)];
    return <Fragment key={index}>{parts[name](String(values[name]))}</Fragment>;
  });
}

/** A cell address: always left to right, isolated from the text around it. */
export function Address({ children }: { children: string }) {
  return <bdi dir="ltr">{children}</bdi>;
}

/** Argument names that hold a cell address (engine and app messages). */
const ADDRESS_NAMES = /^(cell|address|row\d+)$/;

/** Right-to-left letters and bidi controls: workbook text holding any is isolated in its own `<bdi>`. */
const BIDI = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** The arguments of `source` used only as plain `{arg}` (not as a select, plural or number). */
function plainArguments(source: string): string[] {
  const plain = new Set<string>();
  const other = new Set<string>();
  const walk = (elements: MessageFormatElement[]): void => {
    for (const element of elements) {
      if (element.type === TYPE.argument) plain.add(element.value);
      else if (element.type === TYPE.select || element.type === TYPE.plural) {
        other.add(element.value);
        for (const option of Object.values(element.options)) walk(option.value);
      } else if (element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time) other.add(element.value);
    }
  };
  walk(parse(source, { ignoreTag: true }));
  return [...plain].filter((name) => !other.has(name));
}

const plainCache = new Map<string, string[]>();

function plainArgumentsOf(tag: string, id: MessageId): string[] {
  const language = uiLanguageOf(tag);
  const key = `${language}/${id}`;
  let found = plainCache.get(key);
  if (!found) plainCache.set(key, (found = plainArguments(catalogueOf(language)[id] ?? EN[id])));
  return found;
}

/** A message kept as data, each text argument isolated (addresses left to right). */
export function SayText({ say }: { say: Say }) {
  const t = useText();
  const tag = usePaneTag();
  return useMemo(() => {
    const parts: Record<string, Part> = {};
    for (const name of plainArgumentsOf(tag, say.id)) {
      const value = say.values[name];
      if (typeof value !== "string") continue;
      if (ADDRESS_NAMES.test(name)) parts[name] = (text) => <Address>{text}</Address>;
      else if (BIDI.test(value)) parts[name] = (text) => <bdi>{text}</bdi>;
    }
    return <>{richText(t, say.id, valuesIn(tag, say), parts)}</>;
  }, [t, tag, say]);
}

/** `said` in the pane's language, from its `say` when it has one (sentences one after another). */
export function SaidText({ said }: { said: Said }) {
  const { say } = said;
  if (!say) return <>{said.message}</>;
  if (!isList(say)) return <SayText say={say} />;
  if (say.length === 0) return <>{said.message}</>;
  return <>{say.map((one, index) => <Fragment key={index}>{index > 0 && " "}<SayText say={one} /></Fragment>)}</>;
}

function isList(say: Say | readonly Say[]): say is readonly Say[] {
  return Array.isArray(say);
}
