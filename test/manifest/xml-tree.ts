/**
 * A small ordered element tree over fast-xml-parser's `preserveOrder` output, so manifest
 * checks can ask "which children, in which order" without juggling the parser's raw shape.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";

export interface XmlElement {
  /** Qualified name as written (`bt:Image`). */
  name: string;
  /** Name without prefix (`Image`). */
  local: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
  /** Slash-joined local names from the root, for messages (`OfficeApp/VersionOverrides/Hosts`). */
  path: string;
}

type RawNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  ignoreDeclaration: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
});

/** Parses XML into its root element; throws a one-line message for malformed XML. */
export function parseXml(xml: string): XmlElement {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new Error(`Malformed XML at line ${valid.err.line}: ${valid.err.msg}`);
  }
  const roots = (parser.parse(xml) as RawNode[]).map((node) => toElement(node, ""));
  const elements = roots.filter((e): e is XmlElement => e !== undefined);
  if (elements.length !== 1) throw new Error(`Expected one root element, found ${elements.length}`);
  return elements[0]!;
}

function toElement(node: RawNode, parentPath: string): XmlElement | undefined {
  const name = Object.keys(node).find((key) => key !== ":@" && key !== "#text" && key !== "#comment");
  if (name === undefined) return undefined;
  const local = name.includes(":") ? name.slice(name.indexOf(":") + 1) : name;
  const path = parentPath ? `${parentPath}/${local}` : local;
  const rawChildren = (node[name] as RawNode[]) ?? [];
  const attrs = (node[":@"] as Record<string, string> | undefined) ?? {};
  const children: XmlElement[] = [];
  let text = "";
  for (const child of rawChildren) {
    if ("#text" in child) text += String(child["#text"]);
    const element = toElement(child, path);
    if (element) children.push(element);
  }
  return { name, local, attrs: { ...attrs }, children, text, path };
}

/** Every element below `root` (depth first, document order), root included. */
export function allElements(root: XmlElement): XmlElement[] {
  return [root, ...root.children.flatMap(allElements)];
}

export function childrenNamed(parent: XmlElement, local: string): XmlElement[] {
  return parent.children.filter((child) => child.local === local);
}

export function childNamed(parent: XmlElement, local: string): XmlElement | undefined {
  return parent.children.find((child) => child.local === local);
}
