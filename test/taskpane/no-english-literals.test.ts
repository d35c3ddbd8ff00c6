/**
 * No words are written into the pane's JSX: text children, `{"…"}` expressions and the props
 * a person reads (label, title, hint, aria-label, placeholder…) must come from the catalogue
 * (`t(id)`), or translators never see them (issue 15). File names and commands the user types
 * are not words and may stay.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

const ROOT = join(__dirname, "../..");
const READ_PROPS = new Set([
  "label", "title", "hint", "placeholder", "aria-label", "aria-description", "aria-valuetext", "alt",
  "validationMessage", "confirmLabel", "message", "content", "header", "description",
]);
/** Not words: a file to download and a command to type. */
const ALLOWED = new Set(["manifest.xml", "npm start"]);

const hasWords = (text: string) => /\p{L}/u.test(text) && !ALLOWED.has(text.trim());

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(path);
    return entry.name.endsWith(".tsx") ? [path] : [];
  });
}

function literalText(node: ts.Expression): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(" ");
  if (ts.isParenthesizedExpression(node)) return literalText(node.expression);
  if (ts.isConditionalExpression(node)) return [literalText(node.whenTrue), literalText(node.whenFalse)].filter(Boolean).join(" ") || undefined;
  if (ts.isBinaryExpression(node) && (node.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken || node.operatorToken.kind === ts.SyntaxKind.BarBarToken)) {
    return literalText(node.right);
  }
  return undefined;
}

/** `file:line: text` for each literal a person would read in the JSX of `source`. */
export function literalsIn(source: string, name = "file.tsx"): string[] {
  const file = ts.createSourceFile(name, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => found.push(`${name}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${text.trim()}`);
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && hasWords(node.text)) report(node, node.text);
    if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      const text = literalText(node.expression);
      if (text !== undefined && hasWords(text)) report(node, text);
    }
    if (ts.isJsxAttribute(node) && READ_PROPS.has(node.name.getText(file)) && node.initializer) {
      const value = ts.isJsxExpression(node.initializer) ? node.initializer.expression : node.initializer;
      const text = value && literalText(value);
      if (text !== undefined && hasWords(text)) report(node, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

test("the pane's JSX holds no words of its own: every label, text and aria-label is a catalogue lookup", () => {
  const files = [...tsxFiles(join(ROOT, "src/taskpane")), ...tsxFiles(join(ROOT, "src/commands"))];
  expect(files.length).toBeGreaterThan(20);
  const found = files.flatMap((path) => literalsIn(readFileSync(path, "utf8"), relative(ROOT, path)));
  expect(found).toEqual([]);
});

test("the scan finds words in text, in string expressions and in the props a person reads", () => {
  const source = `
    const a = <Button aria-label="Close it">Save</Button>;
    const b = <Field label={"Name"} hint={busy ? "Wait" : t("x")} />;
    const c = <Text>{ok && "Done"}{" "}{\`\${n} rows\`}</Text>;
    const d = <Link href="manifest.xml" className="wide" data-x="Words">manifest.xml</Link>;`;
  expect(literalsIn(source).map((line) => line.replace(/^file\.tsx:\d+: /, ""))).toEqual([
    "Close it", "Save", "Name", "Wait", "Done", "rows",
  ]);
});
