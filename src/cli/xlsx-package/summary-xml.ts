/**
 * The little XML the summary copy reads and edits in small package parts (workbook.xml, its rels,
 * content types, styles.xml, the summary's own sheet): start tags, their attributes, and the
 * children of one element. Parts with a comment or CDATA are never edited (summary-copyable.ts),
 * so a `<` in these parts always starts a tag. Builds on xml-text.ts.
 */
import { attributesOf } from "./xml-text";

/** An element found in a part: where it starts and ends, its start tag and what lies inside it. */
export interface Section {
  start: number;
  end: number;
  open: string;
  inner: string;
}

/** The first element named `name` (empty or not), or undefined. */
export function sectionOf(xml: string, name: string): Section | undefined {
  const open = new RegExp(`<${name}(?=[\\s/>])[^>]*>`).exec(xml);
  if (!open) return undefined;
  const start = open.index;
  const afterOpen = start + open[0].length;
  if (open[0].endsWith("/>")) return { start, end: afterOpen, open: open[0], inner: "" };
  const close = xml.indexOf(`</${name}>`, afterOpen);
  if (close < 0) return undefined;
  return { start, end: close + name.length + 3, open: open[0], inner: xml.slice(afterOpen, close) };
}

/** The child elements named `name` inside `inner`, whole (`<font>…</font>` or `<font/>`); none of them may hold one of its own kind. */
export function childElements(inner: string, name: string): string[] {
  return inner.match(new RegExp(`<${name}(?=[\\s/>])(?:[^>]*/>|[^>]*>[\\s\\S]*?</${name}>)`, "g")) ?? [];
}

/** `xml` with the section replaced by `open` + `inner` + its end tag. */
export function replaceSection(xml: string, section: Section, name: string, open: string, inner: string): string {
  const start = open.replace(/\s*\/>$/, ">");
  return `${xml.slice(0, section.start)}${start}${inner}</${name}>${xml.slice(section.end)}`;
}


/** The namespace prefix bound to `uri` on the part's root element (`r` for `xmlns:r="…"`), or undefined. */
export function prefixOf(xml: string, uri: string): string | undefined {
  const root = /<(?!\?)[^>]*>/.exec(xml)?.[0] ?? "";
  for (const [name, value] of attributesOf(root)) if (value === uri && name.startsWith("xmlns:")) return name.slice(6);
  return undefined;
}
