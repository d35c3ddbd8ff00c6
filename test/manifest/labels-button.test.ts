/** The Barcode labels ribbon button (issue 17): in the Inventory group, running makeLabels, its icons served, its words in every language. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { commandNames } from "../../src/commands/handlers";
import { allElements, childNamed, parseXml } from "./xml-tree";

const repo = join(__dirname, "..", "..");
const elements = allElements(parseXml(readFileSync(join(repo, "manifest.xml"), "utf8")));
const byId = (id: string) => elements.find((e) => e.attrs.id === id);

test("the Labels button sits in the Inventory group after Category summary and runs makeLabels, a registered command", () => {
  const group = byId("InventoryRows.Group")!;
  const buttons = group.children.filter((c) => c.local === "Control").map((c) => c.attrs.id);
  expect(buttons.slice(-3, -1)).toEqual(["InventoryRows.Summary", "InventoryRows.Labels"]);
  const action = childNamed(byId("InventoryRows.Labels")!, "Action")!;
  expect(action.attrs["xsi:type"]).toBe("ExecuteFunction");
  expect(childNamed(action, "FunctionName")!.text).toBe("makeLabels");
  expect(commandNames).toContain("makeLabels");
});

test("its icons exist in every size the manifest names, and its label and tooltip are translated", () => {
  for (const size of [16, 32, 64, 80]) {
    const url = byId(`Labels.${size}`)!.attrs.DefaultValue;
    expect(url).toBe(`https://localhost:3000/assets/labels-${size}.png`);
    expect(existsSync(join(repo, "assets", `labels-${size}.png`))).toBe(true);
  }
  const locales = (id: string) => byId(id)!.children.map((o) => o.attrs.Locale);
  expect(locales("Labels.Label")).toEqual(["fi-FI", "sv-SE", "de-DE", "nl-NL", "fr-FR"]);
  expect(locales("Labels.Tooltip")).toEqual(["fi-FI", "sv-SE", "de-DE", "nl-NL", "fr-FR"]);
  expect(byId("Labels.Label")!.children.find((o) => o.attrs.Locale === "de-DE")!.attrs.Value).toBe("Barcode-Etiketten");
});
