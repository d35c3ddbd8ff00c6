/** The Problem marks menu (issue 18): Mark problems and Clear marks, registered commands, icons served, words in every language. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { commandNames } from "../../src/commands/handlers";
import { checkManifest, type ManifestContext } from "./check-manifest";
import { allElements, childNamed, childrenNamed, parseXml } from "./xml-tree";

const repo = join(__dirname, "..", "..");
const manifest = readFileSync(join(repo, "manifest.xml"), "utf8");
const elements = allElements(parseXml(manifest));
const byId = (id: string) => elements.find((e) => e.attrs.id === id);
const context: ManifestContext = {
  commandNames,
  fileForUrlPath: (path) => (path === "/taskpane.html" ? join(repo, "src", "taskpane", "taskpane.html") : join(repo, path)),
  origin: "https://localhost:3000",
};

test("the menu ends the Inventory group, which keeps to six controls, and its items run markProblems and clearMarks", () => {
  const controls = childrenNamed(byId("InventoryRows.Group")!, "Control");
  expect(controls).toHaveLength(6);
  expect(controls.at(-1)!.attrs).toMatchObject({ "xsi:type": "Menu", id: "InventoryRows.Marks" });
  const items = childrenNamed(childNamed(byId("InventoryRows.Marks")!, "Items")!, "Item");
  expect(items.map((item) => item.attrs.id)).toEqual(["InventoryRows.MarkProblems", "InventoryRows.ClearMarks"]);
  const functions = items.map((item) => childNamed(childNamed(item, "Action")!, "FunctionName")!.text);
  expect(functions).toEqual(["markProblems", "clearMarks"]);
  for (const name of functions) expect(commandNames).toContain(name);
});

test("its icons exist in every size, and its labels and tooltips are translated", () => {
  for (const [id, file] of [["Marks", "marks"], ["ClearMarks", "clear-marks"]]) {
    for (const size of [16, 32, 64, 80]) {
      expect(byId(`${id}.${size}`)!.attrs.DefaultValue).toBe(`https://localhost:3000/assets/${file}-${size}.png`);
      expect(existsSync(join(repo, "assets", `${file}-${size}.png`))).toBe(true);
    }
  }
  for (const id of ["Marks", "MarkProblems", "ClearMarks"]) {
    for (const kind of ["Label", "Tooltip"]) {
      expect(byId(`${id}.${kind}`)!.children.map((o) => o.attrs.Locale)).toEqual(["fi-FI", "sv-SE", "de-DE", "nl-NL", "fr-FR"]);
    }
  }
  const german = (id: string) => byId(id)!.children.find((o) => o.attrs.Locale === "de-DE")!.attrs.Value;
  expect([german("MarkProblems.Label"), german("ClearMarks.Label")]).toEqual(["Probleme markieren", "Markierungen entfernen"]);
});

test("a seventh control in the group, a Menu without Items and a Button without Action are reported", () => {
  const seventh = manifest.replace(
    '<Control xsi:type="Menu" id="InventoryRows.Marks">',
    '<Control xsi:type="Button" id="InventoryRows.Extra"><Label resid="Check.Label"/><Supertip><Title resid="Check.Label"/><Description resid="Check.Tooltip"/></Supertip>' +
      '<Icon><bt:Image size="16" resid="Check.16"/><bt:Image size="32" resid="Check.32"/><bt:Image size="80" resid="Check.80"/></Icon>' +
      '<Action xsi:type="ShowTaskpane"><SourceLocation resid="Taskpane.Url"/></Action></Control><Control xsi:type="Menu" id="InventoryRows.Marks">',
  );
  expect(checkManifest(seventh, context)).toEqual([expect.stringMatching(/Group: 7 controls, at most 6\.$/)]);
  const noItems = manifest.replace(/<Items>[\s\S]*<\/Items>/, "");
  expect(checkManifest(noItems, { ...context, commandNames: commandNames.filter((n) => n !== "markProblems" && n !== "clearMarks") })).toContainEqual(
    expect.stringMatching(/Control InventoryRows\.Marks: missing <Items>\.$/),
  );
  const buttonWithout = manifest.replace(/(<Control xsi:type="Button" id="InventoryRows.Labels">[\s\S]*?)<Action xsi:type="ExecuteFunction">\s*<FunctionName>makeLabels<\/FunctionName>\s*<\/Action>/, "$1");
  expect(checkManifest(buttonWithout, { ...context, commandNames: commandNames.filter((n) => n !== "makeLabels") })).toEqual([
    expect.stringMatching(/Control InventoryRows\.Labels: missing <Action>\.$/),
  ]);
});
