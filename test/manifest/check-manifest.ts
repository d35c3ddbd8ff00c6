/**
 * Offline checks of the XML manifest (test-only). Returns plain-words problems, empty when
 * the manifest is fine. Microsoft's online validator stays available as `npm run validate`.
 */
import { existsSync, readFileSync } from "node:fs";
import {
  allowedIconSizes,
  expectedRequirementSets,
  limits,
  orderRules,
  requiredIconSizes,
  residKinds,
  type OrderRule,
} from "./manifest-schema";
import { checkLocales } from "./check-locales";
import { allElements, childNamed, childrenNamed, parseXml, type XmlElement } from "./xml-tree";

export interface ManifestContext {
  /** Function names the code registers with `Office.actions.associate`. */
  commandNames: readonly string[];
  /** The repository file served at a URL path of the add-in's origin, if any. */
  fileForUrlPath(pathname: string): string | undefined;
  /** The one origin every URL must use (the source manifest: https://localhost:3000). */
  origin?: string;
}

type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";

export function checkManifest(xml: string, context: ManifestContext): string[] {
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (error) {
    return [(error as Error).message];
  }
  if (root.local !== "OfficeApp" || root.attrs["xsi:type"] !== "TaskPaneApp") {
    return ["The root element must be <OfficeApp xsi:type=\"TaskPaneApp\">."];
  }
  const elements = allElements(root);
  const resources = collectResources(root);
  return [
    ...elements.flatMap(checkOrder),
    ...resources.problems,
    ...checkResids(elements, resources.byKind),
    ...checkUrls(elements, context),
    ...checkIcons(root, elements, resources.byKind, context),
    ...checkCommands(elements, context.commandNames),
    ...checkRuntime(root, elements, resources.byKind),
    ...checkPolicy(root, elements),
    ...checkLocales(root, elements),
  ];
}

function ruleFor(element: XmlElement): OrderRule | undefined {
  return orderRules.find((rule) => rule.path === element.path);
}

/** Children present, known, not repeated unless allowed, and in schema order. */
function checkOrder(element: XmlElement): string[] {
  const rule = ruleFor(element);
  if (!rule) return [];
  const problems: string[] = [];
  const rankOf = new Map<string, number>();
  rule.ranks.forEach((rank, index) => rank.forEach((spec) => rankOf.set(spec.name, index)));
  let previous: XmlElement | undefined;
  let previousRank = -1;
  for (const child of element.children) {
    const rank = rankOf.get(child.local);
    if (rank === undefined) {
      problems.push(`${element.path}: unexpected child <${child.name}>.`);
      continue;
    }
    if (rank < previousRank && previous) {
      problems.push(`${element.path}: <${child.name}> must come before <${previous.name}> (schema order).`);
    }
    if (rank >= previousRank) {
      previous = child;
      previousRank = rank;
    }
  }
  for (const spec of rule.ranks.flat()) {
    const count = childrenNamed(element, spec.name).length;
    if (spec.required && count === 0) problems.push(`${element.path}: missing <${spec.name}>.`);
    if (!spec.many && count > 1) problems.push(`${element.path}: <${spec.name}> appears ${count} times.`);
  }
  return problems;
}

function collectResources(root: XmlElement) {
  const byKind = new Map<ResourceKind, Map<string, string>>();
  const problems: string[] = [];
  const resourcesEl = childNamed(childNamed(root, "VersionOverrides") ?? root, "Resources");
  for (const kind of ["Images", "Urls", "ShortStrings", "LongStrings"] as const) {
    const ids = new Map<string, string>();
    for (const item of resourcesEl ? childNamed(resourcesEl, kind)?.children ?? [] : []) {
      const id = item.attrs.id ?? "";
      if (ids.has(id)) problems.push(`Resources/${kind}: id "${id}" is defined twice.`);
      if (id.length > limits.resid) problems.push(`Resources/${kind}: id "${id}" is longer than ${limits.resid} characters.`);
      ids.set(id, item.attrs.DefaultValue ?? "");
      const max = kind === "ShortStrings" ? limits.shortString : kind === "LongStrings" ? limits.longString : Infinity;
      if ((item.attrs.DefaultValue ?? "").length > max) {
        problems.push(`Resources/${kind}: "${id}" is longer than ${max} characters.`);
      }
    }
    byKind.set(kind, ids);
  }
  return { byKind, problems };
}

/** Every resid resolves in the right Resources list, and every resource is used. */
function checkResids(elements: XmlElement[], byKind: Map<ResourceKind, Map<string, string>>): string[] {
  const problems: string[] = [];
  const used = new Set<string>();
  for (const element of elements) {
    const resid = element.attrs.resid;
    if (resid === undefined) continue;
    const kind = residKinds[element.local];
    if (!kind) {
      problems.push(`${element.path}: <${element.name}> cannot take a resid.`);
      continue;
    }
    if (!byKind.get(kind)?.has(resid)) {
      problems.push(`${element.path}: resid "${resid}" is not defined in Resources/${kind}.`);
    }
    used.add(`${kind}/${resid}`);
  }
  for (const [kind, ids] of byKind) {
    for (const id of ids.keys()) {
      if (!used.has(`${kind}/${id}`)) problems.push(`Resources/${kind}: "${id}" is never used.`);
    }
  }
  return problems;
}

/** Every URL-valued attribute (namespace declarations aside), with the element holding it. */
function urlsIn(elements: XmlElement[]): { element: XmlElement; url: string }[] {
  return elements.flatMap((element) =>
    Object.entries(element.attrs)
      .filter(([name, value]) => !name.startsWith("xmlns") && /^[a-z][a-z0-9+.-]*:\/\//i.test(value))
      .map(([, url]) => ({ element, url })),
  );
}

function checkUrls(elements: XmlElement[], context: ManifestContext): string[] {
  const problems: string[] = [];
  const origins = new Set<string>();
  for (const { element, url } of urlsIn(elements)) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      problems.push(`${element.path}: "${url}" is not a valid URL.`);
      continue;
    }
    if (parsed.protocol !== "https:") problems.push(`${element.path}: "${url}" is not https.`);
    origins.add(parsed.origin);
    if (context.origin && parsed.origin !== context.origin) {
      problems.push(`${element.path}: "${url}" is not on ${context.origin}.`);
    }
    const file = context.fileForUrlPath(parsed.pathname);
    if (!file || !existsSync(file)) problems.push(`${element.path}: nothing is served at "${url}".`);
  }
  if (origins.size > 1) problems.push(`URLs use ${origins.size} origins (${[...origins].join(", ")}); use one.`);
  return problems;
}

/** Width and height of a PNG file, or undefined when it is not a PNG. */
export function pngSize(file: string): { width: number; height: number } | undefined {
  const bytes = readFileSync(file);
  const signature = "89504e470d0a1a0a";
  if (bytes.length < 24 || bytes.subarray(0, 8).toString("hex") !== signature) return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function checkImageFile(where: string, url: string, size: number, context: ManifestContext): string[] {
  let file: string | undefined;
  try {
    file = context.fileForUrlPath(new URL(url).pathname);
  } catch {
    return []; // reported by checkUrls
  }
  if (!file || !existsSync(file)) return []; // reported by checkUrls
  const actual = pngSize(file);
  if (!actual) return [`${where}: "${url}" is not a PNG file.`];
  if (actual.width !== size || actual.height !== size) {
    return [`${where}: "${url}" is ${actual.width}×${actual.height}, expected ${size}×${size}.`];
  }
  return [];
}

function checkIcons(
  root: XmlElement,
  elements: XmlElement[],
  byKind: Map<ResourceKind, Map<string, string>>,
  context: ManifestContext,
): string[] {
  const problems: string[] = [];
  for (const [local, size] of [["IconUrl", 32], ["HighResolutionIconUrl", 64]] as const) {
    const url = childNamed(root, local)?.attrs.DefaultValue;
    if (url) problems.push(...checkImageFile(`OfficeApp/${local}`, url, size, context));
  }
  for (const icon of elements.filter((element) => element.local === "Icon")) {
    const sizes = childrenNamed(icon, "Image").map((image) => Number(image.attrs.size));
    for (const required of requiredIconSizes) {
      if (!sizes.includes(required)) problems.push(`${icon.path}: missing the ${required} px image.`);
    }
    for (const image of childrenNamed(icon, "Image")) {
      const size = Number(image.attrs.size);
      if (!allowedIconSizes.includes(size)) problems.push(`${icon.path}: size "${image.attrs.size}" is not allowed.`);
      const url = byKind.get("Images")?.get(image.attrs.resid ?? "");
      if (url) problems.push(...checkImageFile(icon.path, url, size, context));
    }
  }
  return problems;
}

/** Every ExecuteFunction names a registered command, and every command has a button. */
function checkCommands(elements: XmlElement[], commandNames: readonly string[]): string[] {
  const problems: string[] = [];
  const used = new Set<string>();
  for (const action of elements.filter((element) => element.local === "Action")) {
    const type = action.attrs["xsi:type"];
    if (type === "ExecuteFunction") {
      const name = childNamed(action, "FunctionName")?.text ?? "";
      used.add(name);
      if (!commandNames.includes(name)) {
        problems.push(`${action.path}: FunctionName "${name}" is not registered in src/commands (commandNames: ${commandNames.join(", ")}).`);
      }
    } else if (type === "ShowTaskpane") {
      if (!childNamed(action, "SourceLocation")) problems.push(`${action.path}: ShowTaskpane needs a SourceLocation.`);
      // Shared-runtime guidance: an Action with a TaskpaneId opens a second pane outside the shared runtime.
      if (childNamed(action, "TaskpaneId")) problems.push(`${action.path}: no TaskpaneId under a shared runtime.`);
    } else {
      problems.push(`${action.path}: unknown action type "${type}".`);
    }
  }
  for (const name of commandNames) {
    if (!used.has(name)) problems.push(`Command "${name}" is registered in code but no button runs it.`);
  }
  return problems;
}

/** One long-lived shared runtime on the pane's URL, used by the pane, the function file and every ShowTaskpane. */
function checkRuntime(
  root: XmlElement,
  elements: XmlElement[],
  byKind: Map<ResourceKind, Map<string, string>>,
): string[] {
  const runtimes = elements.filter((element) => element.local === "Runtime");
  if (runtimes.length !== 1) return [`Expected one <Runtime> (shared runtime), found ${runtimes.length}.`];
  const runtime = runtimes[0]!;
  const resid = runtime.attrs.resid ?? "";
  const problems: string[] = [];
  if (runtime.attrs.lifetime !== "long") problems.push(`${runtime.path}: lifetime must be "long".`);
  const users = elements.filter(
    (element) =>
      element.local === "FunctionFile" ||
      (element.local === "SourceLocation" && element.path.endsWith("/Action/SourceLocation")),
  );
  if (!users.some((element) => element.local === "FunctionFile")) problems.push("Missing <FunctionFile>.");
  for (const element of users) {
    if (element.attrs.resid !== resid) {
      problems.push(`${element.path}: resid "${element.attrs.resid}" differs from the runtime's "${resid}".`);
    }
  }
  const paneUrl = childNamed(childNamed(root, "DefaultSettings") ?? root, "SourceLocation")?.attrs.DefaultValue;
  const runtimeUrl = byKind.get("Urls")?.get(resid);
  if (runtimeUrl !== undefined && paneUrl !== runtimeUrl) {
    problems.push(`The runtime URL "${runtimeUrl}" differs from DefaultSettings/SourceLocation "${paneUrl}".`);
  }
  return problems;
}

function checkPolicy(root: XmlElement, elements: XmlElement[]): string[] {
  const problems: string[] = [];
  if (childNamed(root, "Permissions")?.text !== "ReadWriteDocument") problems.push("Permissions must be ReadWriteDocument.");
  const hosts = childrenNamed(childNamed(root, "Hosts") ?? root, "Host").map((host) => host.attrs.Name);
  if (hosts.join() !== "Workbook") problems.push(`OfficeApp/Hosts must hold only Workbook (found ${hosts.join(", ")}).`);
  const sets = elements.filter((element) => element.path === "OfficeApp/Requirements/Sets/Set");
  const found = Object.fromEntries(sets.map((set) => [set.attrs.Name, set.attrs.MinVersion]));
  if (JSON.stringify(found) !== JSON.stringify(expectedRequirementSets)) {
    problems.push(`Requirement sets must be exactly ${JSON.stringify(expectedRequirementSets)}, found ${JSON.stringify(found)}.`);
  }
  problems.push(...checkControls(elements));
  const ids = elements.filter((element) => ["Control", "Group", "Item"].includes(element.local)).map((e) => e.attrs.id);
  const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
  if (duplicates.length > 0) problems.push(`Control/Group ids used twice: ${duplicates.join(", ")}.`);
  return problems;
}

/** A Button has an Action and a Menu its Items; a group on a built-in tab holds at most six controls. */
function checkControls(elements: XmlElement[]): string[] {
  const problems: string[] = [];
  for (const group of elements.filter((element) => element.local === "Group")) {
    const controls = childrenNamed(group, "Control");
    if (controls.length > limits.groupControls) problems.push(`${group.path}: ${controls.length} controls, at most ${limits.groupControls}.`);
    for (const control of controls) {
      const needs = control.attrs["xsi:type"] === "Menu" ? "Items" : "Action";
      const other = needs === "Items" ? "Action" : "Items";
      if (!childNamed(control, needs)) problems.push(`${control.path} ${control.attrs.id}: missing <${needs}>.`);
      if (childNamed(control, other)) problems.push(`${control.path} ${control.attrs.id}: a ${control.attrs["xsi:type"]} has no <${other}>.`);
    }
  }
  return problems;
}
