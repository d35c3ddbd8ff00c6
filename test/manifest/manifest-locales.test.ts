import { readFileSync } from "node:fs";
import { join } from "node:path";
import { commandNames } from "../../src/commands/handlers";
import { UI_LANGUAGES } from "../../src/core";
import { checkManifest, type ManifestContext } from "./check-manifest";
import { overrideLocales } from "./manifest-schema";
import { allElements, parseXml } from "./xml-tree";

const repo = join(__dirname, "..", "..");
const manifest = readFileSync(join(repo, "manifest.xml"), "utf8");
const context: ManifestContext = {
  commandNames,
  fileForUrlPath: (pathname) => (pathname === "/taskpane.html" ? join(repo, "src", "taskpane", "taskpane.html") : join(repo, pathname)),
  origin: "https://localhost:3000",
};

function mutate(xml: string, from: string, to: string): string {
  const count = xml.split(from).length - 1;
  if (count !== 1) throw new Error(`expected "${from}" once in the manifest, found it ${count} times`);
  return xml.replace(from, to);
}

const elements = allElements(parseXml(manifest));
const overridesOf = (id: string) => elements.find((e) => e.attrs.id === id)!.children.map((o) => [o.attrs.Locale, o.attrs.Value]);

test("the manifest is translated for every language the add-in speaks, and nothing else", () => {
  expect(overrideLocales.map((l) => l.slice(0, 2))).toEqual(UI_LANGUAGES.filter((l) => l !== "en"));
  const shown = elements.filter((e) => ["DisplayName", "Description"].includes(e.local) && e.path.split("/").length === 2 || e.path.endsWith("Strings/String"));
  expect(shown).toHaveLength(21);
  for (const element of shown) expect(element.children.map((o) => o.attrs.Locale)).toEqual(overrideLocales);
  expect(checkManifest(manifest, context)).toEqual([]);
});

test("the ribbon speaks Finnish and German; the product name stays as it is", () => {
  expect(overridesOf("Summary.Label")).toContainEqual(["fi-FI", "Luokkayhteenveto"]);
  expect(overridesOf("Check.Label")).toContainEqual(["de-DE", "Prüfen"]);
  expect(elements.find((e) => e.local === "DisplayName")!.children.map((o) => o.attrs.Value)).toEqual(overrideLocales.map(() => "Inventory Rows"));
  // Every translated label differs from the English one.
  for (const id of ["Group.Label", "ShowPane.Label", "Check.Label", "Serialize.Label", "Summary.Label"]) {
    const english = elements.find((e) => e.attrs.id === id)!.attrs.DefaultValue;
    for (const [, value] of overridesOf(id)) expect(value).not.toBe(english);
  }
});

test("a string without one of its languages is reported", () => {
  const broken = mutate(manifest, '<bt:Override Locale="sv-SE" Value="Kontrollera"/>', "");
  expect(checkManifest(broken, context)).toEqual(['Resources/ShortStrings: "Check.Label": no Override for sv-SE.']);
});

test("a language the add-in does not speak, or one given twice, is reported", () => {
  const unknown = mutate(manifest, '<bt:Override Locale="sv-SE" Value="Kontrollera"/>', '<bt:Override Locale="sv-SE" Value="Kontrollera"/><bt:Override Locale="es-ES" Value="Comprobar"/>');
  expect(checkManifest(unknown, context)).toEqual(['Resources/ShortStrings: "Check.Label": Override for "es-ES", which the add-in does not speak.']);
  const twice = mutate(manifest, '<bt:Override Locale="sv-SE" Value="Kontrollera"/>', '<bt:Override Locale="sv-SE" Value="Kontrollera"/><bt:Override Locale="sv-SE" Value="Granska"/>');
  expect(checkManifest(twice, context)).toEqual(['Resources/ShortStrings: "Check.Label": 2 Overrides for sv-SE.']);
});

test("a ribbon label too long for the ribbon, or a value over the schema's length, is reported", () => {
  const long = mutate(manifest, 'Value="Kontrollera"/>', 'Value="Kontrollera varje rad i bladet"/>');
  expect(checkManifest(long, context)).toEqual(['Resources/ShortStrings: "Check.Label": a ribbon label longer than 24 characters in some language.']);
  const tooLong = mutate(manifest, 'Value="Inventory Rows är klart"/>', `Value="${"x".repeat(126)}"/>`);
  expect(checkManifest(tooLong, context)).toEqual(['Resources/ShortStrings: "GetStarted.Title": the sv-SE value is longer than 125 characters.']);
});

test("an Override outside its parent's namespace, or out of place, is reported", () => {
  const plain = mutate(manifest, '<bt:Override Locale="sv-SE" Value="Kontrollera"/>', '<Override Locale="sv-SE" Value="Kontrollera"/>');
  expect(checkManifest(plain, context)).toEqual(['Resources/ShortStrings: "Check.Label": write <bt:Override>, in its parent\'s namespace.']);
  const misplaced = mutate(manifest, '<Label resid="Group.Label"/>', '<Label resid="Group.Label"><Override Locale="fi-FI" Value="Varasto"/></Label>');
  expect(checkManifest(misplaced, context)).toEqual([
    "OfficeApp/VersionOverrides/Hosts/Host/DesktopFormFactor/ExtensionPoint/OfficeTab/Group/Label/Override: an Override goes on the string resource the resid names, not here.",
  ]);
});
