/**
 * The manifest's translations (issue 15): the add-in's name and description and every string
 * resource (ribbon group and button labels, supertip titles and descriptions, the get-started
 * callout) carry one `<Override Locale Value>` per language the add-in speaks, within the
 * schema's lengths; labels shown in the ribbon stay short in every language.
 */
import { limits, overrideLocales } from "./manifest-schema";
import { childNamed, childrenNamed, type XmlElement } from "./xml-tree";

/** An element whose text Office shows, and the longest value the schema allows it. */
interface Localized {
  element: XmlElement;
  where: string;
  max: number;
}

function localizedElements(root: XmlElement): Localized[] {
  const found: Localized[] = [];
  for (const [local, max] of [["DisplayName", limits.shortString], ["Description", limits.longString]] as const) {
    const element = childNamed(root, local);
    if (element) found.push({ element, where: `OfficeApp/${local}`, max });
  }
  const resources = childNamed(childNamed(root, "VersionOverrides") ?? root, "Resources");
  for (const [kind, max] of [["ShortStrings", limits.shortString], ["LongStrings", limits.longString]] as const) {
    for (const element of resources ? childNamed(resources, kind)?.children ?? [] : []) {
      found.push({ element, where: `Resources/${kind}: "${element.attrs.id ?? ""}"`, max });
    }
  }
  return found;
}

/** The ids of the strings the ribbon shows as labels (the group's and each button's). */
function ribbonLabelIds(elements: XmlElement[]): Set<string> {
  return new Set(
    elements
      .filter((e) => e.local === "Label" && /\/(Group|Control)\/Label$/.test(e.path))
      .map((e) => e.attrs.resid ?? ""),
  );
}

function prefixOf(element: XmlElement): string {
  return element.name.includes(":") ? element.name.slice(0, element.name.indexOf(":") + 1) : "";
}

function checkOne({ element, where, max }: Localized, ribbonMax: number): string[] {
  const problems: string[] = [];
  const overrides = childrenNamed(element, "Override");
  const locales = overrides.map((o) => o.attrs.Locale ?? "");
  for (const locale of overrideLocales) {
    const count = locales.filter((l) => l === locale).length;
    if (count === 0) problems.push(`${where}: no Override for ${locale}.`);
    if (count > 1) problems.push(`${where}: ${count} Overrides for ${locale}.`);
  }
  for (const locale of locales) {
    if (!overrideLocales.includes(locale)) problems.push(`${where}: Override for "${locale}", which the add-in does not speak.`);
  }
  for (const override of overrides) {
    const value = override.attrs.Value ?? "";
    const locale = override.attrs.Locale ?? "";
    if (prefixOf(override) !== prefixOf(element)) problems.push(`${where}: write <${prefixOf(element)}Override>, in its parent's namespace.`);
    if (value.trim() === "") problems.push(`${where}: the ${locale} Override has no Value.`);
    if (value.length > max) problems.push(`${where}: the ${locale} value is longer than ${max} characters.`);
  }
  const values = [element.attrs.DefaultValue ?? "", ...overrides.map((o) => o.attrs.Value ?? "")];
  if (values.some((v) => v.length > ribbonMax)) problems.push(`${where}: a ribbon label longer than ${ribbonMax} characters in some language.`);
  return problems;
}

/** Where the manifest takes a translation: on the name, the description and the string resources, not where they are used. */
const OVERRIDE_PATHS = new Set([
  "OfficeApp/DisplayName/Override", "OfficeApp/Description/Override",
  "OfficeApp/VersionOverrides/Resources/ShortStrings/String/Override", "OfficeApp/VersionOverrides/Resources/LongStrings/String/Override",
]);

export function checkLocales(root: XmlElement, elements: XmlElement[]): string[] {
  const labels = ribbonLabelIds(elements);
  const misplaced = elements
    .filter((e) => e.local === "Override" && !OVERRIDE_PATHS.has(e.path))
    .map((e) => `${e.path}: an Override goes on the string resource the resid names, not here.`);
  return misplaced.concat(localizedElements(root).flatMap((item) => {
    const ribbon = item.where.startsWith("Resources/ShortStrings") && labels.has(item.element.attrs.id ?? "");
    const problems = checkOne(item, ribbon ? limits.ribbonLabel : Infinity);
    if ((item.element.attrs.DefaultValue ?? "").length > item.max && item.where.startsWith("OfficeApp/")) {
      problems.push(`${item.where}: longer than ${item.max} characters.`);
    }
    return problems;
  }));
}
