/**
 * The edits that list a new sheet in a package: its `<sheet>` in workbook.xml (and the marker
 * name), the workbook's relationship to its part, and the content types of the parts added.
 */
import { prefixOf, sectionOf } from "./summary-xml";
import { attributesOf, startTags, xmlEscape } from "./xml-text";

export const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const WORKSHEET_REL = `${RELATIONSHIPS_NS}/worksheet`;
export const TABLE_REL = `${RELATIONSHIPS_NS}/table`;

/** workbook.xml with the sheet listed last (its tab after the others), pointing at relationship `rId`. */
export function withSheet(workbook: string, name: string, sheetId: number, rId: string): string {
  const prefix = prefixOf(workbook, RELATIONSHIPS_NS);
  const id = prefix ? `${prefix}:id="${rId}"` : `xmlns:r="${RELATIONSHIPS_NS}" r:id="${rId}"`;
  const sheet = `<sheet name="${xmlEscape(name)}" sheetId="${sheetId}" ${id}/>`;
  const at = workbook.indexOf("</sheets>");
  if (at < 0) throw new Error("workbook.xml has no list of sheets");
  return `${workbook.slice(0, at)}${sheet}${workbook.slice(at)}`;
}

/**
 * workbook.xml with `definedName` (a whole `<definedName>` element) added to its names, the list
 * made where the schema puts it (after the sheets, function groups and external references).
 */
export function withDefinedName(workbook: string, definedName: string): string {
  const names = sectionOf(workbook, "definedNames");
  if (names) {
    const inner = names.inner + definedName;
    return `${workbook.slice(0, names.start)}${names.open.replace(/\s*\/>$/, ">")}${inner}</definedNames>${workbook.slice(names.end)}`;
  }
  const after = ["externalReferences", "functionGroups", "sheets"].map((name) => sectionOf(workbook, name)).find((s) => s !== undefined);
  if (!after) throw new Error("workbook.xml has no list of sheets");
  return `${workbook.slice(0, after.end)}<definedNames>${definedName}</definedNames>${workbook.slice(after.end)}`;
}

/** A relationship id free in `rels` (`rId` and the next number past the highest). */
export function freeRelationshipId(rels: string): string {
  const ids = new Set(startTags(rels, "Relationship").map((tag) => attributesOf(tag).get("Id") ?? ""));
  let n = Math.max(0, ...[...ids].map((id) => Number(/^rId(\d+)$/.exec(id)?.[1] ?? 0))) + 1;
  while (ids.has(`rId${n}`)) n++;
  return `rId${n}`;
}

/** A relationships part with one more relationship. */
export function withRelationship(rels: string, id: string, type: string, target: string): string {
  const at = rels.lastIndexOf("</Relationships>");
  if (at < 0) throw new Error("a relationships part has no end");
  return `${rels.slice(0, at)}<Relationship Id="${id}" Type="${type}" Target="${xmlEscape(target)}"/>${rels.slice(at)}`;
}

/**
 * [Content_Types].xml with an override for each added part (names without the leading `/`),
 * in place of any override it already has for that part name (compared without case).
 */
export function withOverrides(contentTypes: string, parts: readonly { part: string; type: string }[]): string {
  const added = new Set(parts.map(({ part }) => `/${part}`.toLowerCase()));
  const kept = contentTypes.replace(/<Override(?=[\s/>])[^>]*?(?:\/>|>[\s\S]*?<\/Override>)/g, (tag) =>
    added.has((attributesOf(tag).get("PartName") ?? "").toLowerCase()) ? "" : tag,
  );
  const at = kept.lastIndexOf("</Types>");
  if (at < 0) throw new Error("[Content_Types].xml has no end");
  const overrides = parts.map(({ part, type }) => `<Override PartName="/${xmlEscape(part)}" ContentType="${type}"/>`).join("");
  return `${kept.slice(0, at)}${overrides}${kept.slice(at)}`;
}
