/**
 * Facts kept in one place (docs/design.md §13): a fact written twice drifts, and the drift
 * is a bug the user sees.
 */
import { readFileSync } from "node:fs";
import ts from "typescript";
import { eachNode, filesUnder, parse, relative, typeScriptFiles, where } from "./source-files";

/** `file:line` of every line of the files that contains `phrase` (case as written, comments included, like grep). */
function linesContaining(files: readonly string[], phrase: string): string[] {
  return files.flatMap((file) =>
    readFileSync(file, "utf8")
      .split("\n")
      .flatMap((line, i) => (line.includes(phrase) ? [`${relative(file)}:${i + 1}`] : [])),
  );
}

/** Objects whose members are Office.js: the globals, and the request context by its usual name. */
const OFFICE_OBJECTS = new Set(["Excel", "Office", "context"]);

/**
 * `file:line Excel.run` for every member access on an Office.js object. Comments and strings
 * are not code, and type names (`Excel.RequestContext` in a signature) compile away: neither
 * calls Office.js, so neither counts.
 */
function officeAccesses(source: ts.SourceFile): string[] {
  const found: string[] = [];
  eachNode(source, (node) => {
    if (!ts.isPropertyAccessExpression(node) && !ts.isElementAccessExpression(node)) return;
    const object = node.expression;
    if (!ts.isIdentifier(object) || !OFFICE_OBJECTS.has(object.text)) return;
    const member = ts.isPropertyAccessExpression(node) ? node.name.text : node.argumentExpression.getText(source);
    found.push(`${where(source, node)} ${object.text}.${member}`);
  });
  return found;
}

describe('"Nothing was changed."', () => {
  test("is written once in src: the common message catalogue", () => {
    const found = linesContaining(filesUnder(["src"], [".ts", ".tsx", ".html", ".css", ".json"]), "Nothing was changed");
    expect(found).toEqual([expect.stringMatching(/^src\/core\/messages\/en\/common\.ts:\d+$/)]);
  });
});

describe("Office.js only in src/excel", () => {
  const sourceOf = (text: string): ts.SourceFile => ts.createSourceFile("/x.ts", text, ts.ScriptTarget.Latest, true);

  test("the scan finds member accesses on Excel, Office and context, and nothing in comments, strings or types", () => {
    const text = [
      "// context.sync() in a comment",
      'const words = "Excel.run and context.workbook in a string";',
      "async function f(context: Excel.RequestContext): Promise<void> {",
      "  await Excel.run(async (c) => c.sync());",
      "  context.workbook.worksheets.getActiveWorksheet();",
      '  Office["context"];',
      "}",
    ].join("\n");
    expect(officeAccesses(sourceOf(text)).map((hit) => hit.replace(/^\S+:/, ""))).toEqual([
      "4 Excel.run",
      "5 context.workbook",
      '6 Office."context"',
    ]);
  });

  test("src/app makes no Office.js call (no Excel., Office. or context. member access)", () => {
    const files = typeScriptFiles(["src/app"]);
    expect(files.length).toBeGreaterThan(5);
    expect(files.flatMap((file) => officeAccesses(parse(file)))).toEqual([]);
  });
});
