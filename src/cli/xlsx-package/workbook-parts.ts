/** The parts of a package that say where everything is: relationships, the workbook's sheets, content types. */
import path from "node:path/posix";
import { entryText, findEntry, type ZipSource } from "../zip/zip-read";
import { attrOf, startTags } from "./xml-text";

export interface Relationship {
  id: string;
  /** The type's last segment: `worksheet`, `styles`, `officeDocument`, … */
  kind: string;
  /** The target part, as a zip entry name (no leading slash); external targets are kept as written. */
  target: string;
  external: boolean;
}

/** The relationships of `part` (`""` for the package's own), from its `_rels/….rels` part; empty when it has none. */
export function relationshipsOf(zip: ZipSource, part: string): Relationship[] {
  const folder = path.dirname(part) === "." ? "" : path.dirname(part);
  const relsName = path.join(folder, "_rels", `${path.basename(part)}.rels`);
  const entry = findEntry(zip, relsName);
  if (!entry) return [];
  return startTags(entryText(zip, entry), "Relationship").map((tag) => {
    const target = attrOf(tag, "Target") ?? "";
    const external = attrOf(tag, "TargetMode") === "External";
    const resolved = external ? target : target.startsWith("/") ? target.slice(1) : path.normalize(path.join(folder, target));
    return { id: attrOf(tag, "Id") ?? "", kind: (attrOf(tag, "Type") ?? "").split("/").pop() ?? "", target: resolved, external };
  });
}

export interface WorkbookSheet {
  name: string;
  relId: string;
}

/** The sheets in the workbook's order and the tab it opens on. */
export function workbookSheets(workbookXml: string): { sheets: WorkbookSheet[]; activeTab: number } {
  const sheets = startTags(workbookXml, "sheet").map((tag) => ({ name: attrOf(tag, "name") ?? "", relId: /\s[\w]+:id\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(tag)?.slice(1).find((v) => v !== undefined) ?? "" }));
  const view = startTags(workbookXml, "workbookView")[0];
  const activeTab = Number(view === undefined ? 0 : (attrOf(view, "activeTab") ?? 0));
  return { sheets, activeTab: Number.isInteger(activeTab) ? activeTab : 0 };
}

/** The content type `[Content_Types].xml` gives `part` (an override, else its extension's default). */
export function contentTypeOf(zip: ZipSource, part: string): string | undefined {
  const entry = findEntry(zip, "[Content_Types].xml");
  if (!entry) return undefined;
  const xml = entryText(zip, entry);
  const override = startTags(xml, "Override").find((tag) => attrOf(tag, "PartName")?.toLowerCase() === `/${part}`.toLowerCase());
  if (override) return attrOf(override, "ContentType");
  const extension = path.extname(part).slice(1).toLowerCase();
  const fallback = startTags(xml, "Default").find((tag) => attrOf(tag, "Extension")?.toLowerCase() === extension);
  return fallback && attrOf(fallback, "ContentType");
}
