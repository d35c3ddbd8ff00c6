/**
 * What the app, the adapter and the ribbon tell the operator is made as data (issue 15): a
 * refusal, a failure or a notice gets its words as `Words`/`Spoken` (English and `say` from one
 * call), never as a bare string, so the pane and the dialogs can say it in their language. The
 * scan reads src/app, src/excel and src/commands and reports, as `file:line: code`:
 * - `new ActionRefusedError(kind, <string>)`, `failure(kind, <string>)` whose words are a
 *   literal, a template, or English from `text(…)` / `nothingChanged(…)`;
 * - `message:` / `title:` in an object literal given a literal with words, or a template.
 * The one deliberate English fallback (a thrown error's own text) is allowed by name.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

const ROOT = join(__dirname, "../..");
/** Files of other work in progress that keep their own checks (live check, stocktake, row reads). */
const SKIPPED = /(^|\/)(live-check|read-rows|stocktake[^/]*)\.ts$/;
/** Calls whose second argument is what the operator reads. */
const SPOKEN_CALLS = new Set(["failure"]);
const SPOKEN_CLASSES = new Set(["ActionRefusedError", "Refusal"]);
/** A thrown error's own words: the fallback when it carries no data (outcomes.ts). */
const ALLOWED = new Set(["nothingChanged(toErrorMessage(error))"]);

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(path);
    return entry.name.endsWith(".ts") && !SKIPPED.test(path.split("\\").join("/")) ? [path] : [];
  });
}

/** True for an expression that is English words as a string. */
function isEnglish(node: ts.Expression, file: ts.SourceFile): boolean {
  if (ALLOWED.has(node.getText(file))) return false;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return /\p{L}/u.test(node.text);
  if (ts.isTemplateExpression(node)) return true;
  if (ts.isParenthesizedExpression(node)) return isEnglish(node.expression, file);
  if (ts.isConditionalExpression(node)) return isEnglish(node.whenTrue, file) || isEnglish(node.whenFalse, file);
  if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) return ["text", "nothingChanged"].includes(node.expression.text);
  return false;
}

/** `file:line: code` for each place in `source` that hands the operator English as a string. */
export function englishIn(source: string, name = "file.ts"): string[] {
  const file = ts.createSourceFile(name, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const report = (node: ts.Node) => found.push(`${name}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${node.getText(file)}`);
  const visit = (node: ts.Node): void => {
    const called = ts.isCallExpression(node) && ts.isIdentifier(node.expression) && SPOKEN_CALLS.has(node.expression.text);
    const made = ts.isNewExpression(node) && ts.isIdentifier(node.expression) && SPOKEN_CLASSES.has(node.expression.text);
    if ((called || made) && node.arguments && node.arguments.length > 1 && isEnglish(node.arguments[1], file)) report(node);
    if (ts.isPropertyAssignment(node) && ["message", "title"].includes(node.name.getText(file)) && ts.isObjectLiteralExpression(node.parent)) {
      const value = node.initializer;
      if ((ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value) || ts.isTemplateExpression(value)) && isEnglish(value, file)) report(node);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

test("the app, the adapter and the ribbon hand the operator no English string: refusals, failures and notices are words as data", () => {
  const files = ["src/app", "src/excel", "src/commands"].flatMap((dir) => tsFiles(join(ROOT, dir)));
  expect(files.length).toBeGreaterThan(50);
  const found = files.flatMap((path) => englishIn(readFileSync(path, "utf8"), relative(ROOT, path)));
  expect(found).toEqual([]);
});

test("the scan finds English handed over as a literal, a template or text(), and lets words as data through", () => {
  const source = `
    throw new ActionRefusedError("refused", "No rows.");
    throw new ActionRefusedError("refused", \`\${a} \${b}\`);
    return failure("failed", text("app-busy"));
    return failure("failed", nothingChanged(x));
    const n = { intent: "info", title: "Done", message: \`\${count} rows\` };
    throw new Refusal("refused", words("app-busy"));
    return failure("busy", words("app-busy"));
    throw new ActionRefusedError("refused", thenNothingChanged(say("excel-changed-meanwhile", { sheet })));
    const m = { message: said.message, title: text("x") };
    return failure("failed", nothingChanged(toErrorMessage(error)));`;
  expect(englishIn(source).map((line) => line.replace(/^file\.ts:\d+: /, ""))).toEqual([
    'new ActionRefusedError("refused", "No rows.")',
    "new ActionRefusedError(\"refused\", `${a} ${b}`)",
    'failure("failed", text("app-busy"))',
    'failure("failed", nothingChanged(x))',
    'title: "Done"',
    "message: `${count} rows`",
  ]);
});
