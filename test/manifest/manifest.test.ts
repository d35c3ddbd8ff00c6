import { readFileSync } from "node:fs";
import { join } from "node:path";
import { commandNames } from "../../src/commands/handlers";
import { publicUrlFromEnv, rewriteManifest } from "../../scripts/public-url";
import { checkManifest, pngSize, type ManifestContext } from "./check-manifest";

const repo = join(__dirname, "..", "..");
const manifest = readFileSync(join(repo, "manifest.xml"), "utf8");

/** What the dev server and the build serve at each URL path (see webpack.config.js). */
function servedFile(pathname: string, prefix = ""): string | undefined {
  if (!pathname.startsWith(`${prefix}/`)) return undefined;
  const path = pathname.slice(prefix.length);
  if (path === "/taskpane.html") return join(repo, "src", "taskpane", "taskpane.html");
  if (/^\/assets\/[a-z0-9-]+\.png$/.test(path)) return join(repo, path);
  return undefined;
}

const context: ManifestContext = {
  commandNames,
  fileForUrlPath: (pathname) => servedFile(pathname),
  origin: "https://localhost:3000",
};

/** Replaces exactly one occurrence, so a mutation cannot silently do nothing. */
function mutate(xml: string, from: string, to: string): string {
  const count = xml.split(from).length - 1;
  if (count !== 1) throw new Error(`expected "${from}" once in the manifest, found it ${count} times`);
  return xml.replace(from, to);
}

test("the manifest passes every offline check", () => {
  expect(checkManifest(manifest, context)).toEqual([]);
});

test("a resid that points nowhere is reported", () => {
  const broken = mutate(manifest, '<Label resid="Check.Label"/>', '<Label resid="Check.Lable"/>');
  expect(checkManifest(broken, context)).toContainEqual(
    expect.stringContaining('resid "Check.Lable" is not defined in Resources/ShortStrings'),
  );
});

test("a resid pointing into the wrong resource list is reported", () => {
  const broken = mutate(manifest, '<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Check.Label"/>');
  const problems = checkManifest(broken, context);
  expect(problems).toContainEqual(expect.stringContaining('resid "Check.Label" is not defined in Resources/Urls'));
  expect(problems).toContainEqual(expect.stringContaining("differs from the runtime's \"Taskpane.Url\""));
});

test("two top-level elements swapped out of schema order are reported", () => {
  const swapped = mutate(
    manifest,
    '  <DefaultSettings>\n    <SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>\n  </DefaultSettings>\n  <Permissions>ReadWriteDocument</Permissions>',
    '  <Permissions>ReadWriteDocument</Permissions>\n  <DefaultSettings>\n    <SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>\n  </DefaultSettings>',
  );
  expect(checkManifest(swapped, context)).toEqual([
    "OfficeApp: <DefaultSettings> must come before <Permissions> (schema order).",
  ]);
});

test("a button's Supertip placed after its Icon is reported", () => {
  const control = manifest.slice(manifest.indexOf('<Control xsi:type="Button" id="InventoryRows.Check">'));
  const supertip = control.slice(control.indexOf("<Supertip>"), control.indexOf("</Supertip>") + "</Supertip>".length);
  const icon = control.slice(control.indexOf("<Icon>"), control.indexOf("</Icon>") + "</Icon>".length);
  const swapped = mutate(manifest, `${supertip}\n                  ${icon}`, `${icon}\n                  ${supertip}`);
  expect(checkManifest(swapped, context)).toEqual([
    "OfficeApp/VersionOverrides/Hosts/Host/DesktopFormFactor/ExtensionPoint/OfficeTab/Group/Control: <Supertip> must come before <Icon> (schema order).",
  ]);
});

test("a button whose function was renamed in the manifest is reported", () => {
  const renamed = mutate(manifest, "<FunctionName>categorySummary</FunctionName>", "<FunctionName>summarizeCategories</FunctionName>");
  const problems = checkManifest(renamed, context);
  expect(problems).toContainEqual(expect.stringContaining('FunctionName "summarizeCategories" is not registered'));
  expect(problems).toContainEqual('Command "categorySummary" is registered in code but no button runs it.');
});

test("a command renamed in the code is reported against the manifest", () => {
  const renamedInCode = commandNames.map((name) => (name === "serializeSelection" ? "serializeRows" : name));
  expect(checkManifest(manifest, { ...context, commandNames: renamedInCode })).toEqual([
    expect.stringContaining('FunctionName "serializeSelection" is not registered'),
    'Command "serializeRows" is registered in code but no button runs it.',
  ]);
});

test("every command in src/commands has a button in the manifest", () => {
  for (const name of commandNames) expect(manifest).toContain(`<FunctionName>${name}</FunctionName>`);
});

test("an http URL or a second origin is reported", () => {
  const http = mutate(manifest, 'DefaultValue="https://localhost:3000/assets/check-16.png"', 'DefaultValue="http://localhost:3000/assets/check-16.png"');
  expect(checkManifest(http, context)).toContainEqual(expect.stringContaining("is not https"));
  const other = mutate(manifest, 'DefaultValue="https://localhost:3000/assets/check-16.png"', 'DefaultValue="https://cdn.example.com/assets/check-16.png"');
  expect(checkManifest(other, context)).toContainEqual(expect.stringContaining("use one"));
});

test("an icon file that does not exist, or has the wrong size, is reported", () => {
  const missing = mutate(manifest, "assets/check-16.png", "assets/check-17.png");
  expect(checkManifest(missing, context)).toContainEqual(expect.stringContaining('nothing is served at "https://localhost:3000/assets/check-17.png"'));
  const wrongSize = mutate(manifest, "assets/check-16.png", "assets/check-32.png");
  expect(checkManifest(wrongSize, context)).toContainEqual(expect.stringContaining("is 32×32, expected 16×16"));
});

test("a runtime that is not long-lived or is not the pane's URL is reported", () => {
  const short = mutate(manifest, 'lifetime="long"', 'lifetime="short"');
  expect(checkManifest(short, context)).toContainEqual(expect.stringContaining('lifetime must be "long"'));
  const elsewhere = mutate(
    manifest,
    '<bt:Url id="GetStarted.LearnMoreUrl"',
    '<bt:Url id="Other.Url" DefaultValue="https://localhost:3000/taskpane.html"/>\n        <bt:Url id="GetStarted.LearnMoreUrl"',
  ).replace('<Runtime resid="Taskpane.Url"', '<Runtime resid="Other.Url"');
  expect(checkManifest(elsewhere, context)).toContainEqual(
    expect.stringContaining('FunctionFile: resid "Taskpane.Url" differs from the runtime\'s "Other.Url"'),
  );
});

test("a ShowTaskpane action that names a TaskpaneId is reported (shared runtime: one pane, no id)", () => {
  const showPane = '(docs/design.md §15). -->\n                  <Action xsi:type="ShowTaskpane">';
  const withId = mutate(manifest, showPane, `${showPane}\n                    <TaskpaneId>InventoryRows.Pane</TaskpaneId>`);
  expect(checkManifest(withId, context)).toEqual([
    "OfficeApp/VersionOverrides/Hosts/Host/DesktopFormFactor/ExtensionPoint/OfficeTab/Group/Control/Action: no TaskpaneId under a shared runtime.",
  ]);
  expect(manifest).not.toContain("TaskpaneId");
});

test("Check is a ShowTaskpane button (Office shows the pane for it even where it ignores showAsTaskpane)", () => {
  const check = manifest.slice(manifest.indexOf('<Control xsi:type="Button" id="InventoryRows.Check">'));
  const action = check.slice(check.indexOf("<Action"), check.indexOf("</Action>"));
  expect(action).toContain('<Action xsi:type="ShowTaskpane">');
  expect(action).toContain('<SourceLocation resid="Taskpane.Url"/>');
});

test("a requirement set other than ExcelApi 1.9 + SharedRuntime 1.1 is reported", () => {
  const newer = mutate(manifest, '<Set Name="ExcelApi" MinVersion="1.9"/>', '<Set Name="ExcelApi" MinVersion="1.20"/>');
  expect(checkManifest(newer, context)).toContainEqual(expect.stringContaining("Requirement sets must be exactly"));
});

test("malformed XML gives one plain message", () => {
  expect(checkManifest(manifest.replace("</Permissions>", ""), context)).toEqual([
    expect.stringMatching(/^Malformed XML at line \d+/),
  ]);
});

test("every ribbon icon is drawn at 16, 32, 64, 80 and 128 px", () => {
  for (const name of ["logo", "show-pane", "check", "serialize", "summary"]) {
    for (const size of [16, 32, 64, 80, 128]) {
      expect({ name, size: pngSize(join(repo, "assets", `${name}-${size}.png`)) }).toEqual({
        name,
        size: { width: size, height: size },
      });
    }
  }
});

describe("production manifest", () => {
  test("points every URL at ADDIN_PUBLIC_URL and still passes", () => {
    const publicUrl = publicUrlFromEnv("https://addins.example.com/inventory/")!;
    expect(publicUrl).toBe("https://addins.example.com/inventory");
    const production = rewriteManifest(manifest, publicUrl);
    expect(production).not.toContain("localhost");
    expect(
      checkManifest(production, {
        commandNames,
        origin: "https://addins.example.com",
        fileForUrlPath: (pathname) => servedFile(pathname, "/inventory"),
      }),
    ).toEqual([]);
  });

  test("refuses a public URL that is not https", () => {
    expect(() => publicUrlFromEnv("http://addins.example.com")).toThrow(/must start with https:\/\//);
    expect(() => publicUrlFromEnv("addins.example.com")).toThrow(/is not a URL/);
    expect(publicUrlFromEnv(undefined)).toBeUndefined();
    expect(publicUrlFromEnv("")).toBeUndefined();
  });
});
