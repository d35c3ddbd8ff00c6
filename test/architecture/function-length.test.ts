/**
 * No function in src/ is longer than 80 lines (docs/design.md §13): a longer one does
 * several things, and each deserves a name. Counted from the first line of the function
 * (its modifiers, not its doc comment) to its closing line. Nested functions are measured
 * on their own as well as inside the function that holds them.
 *
 * The one exemption, kept mechanical so nobody argues about it: a React component that only
 * lays out JSX, taken to be a function in a .tsx file whose own name starts with an
 * upper-case letter. A callback inside a component has no name of its own and is measured.
 */
import path from "node:path";
import ts from "typescript";
import { eachNode, lineAt, parse, relative, ROOT, typeScriptFiles } from "./source-files";

const MAX_LINES = 80;

/** A function with its own name (undefined for a callback) and what to call it in a message. */
interface Measured {
  name: string | undefined;
  label: string;
  line: number;
  lines: number;
}

type FunctionNode =
  | ts.FunctionDeclaration
  | ts.MethodDeclaration
  | ts.ConstructorDeclaration
  | ts.GetAccessorDeclaration
  | ts.SetAccessorDeclaration
  | ts.ArrowFunction
  | ts.FunctionExpression;

function isFunction(node: ts.Node): node is FunctionNode {
  return (
    ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isConstructorDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) || ts.isSetAccessorDeclaration(node) || ts.isArrowFunction(node) ||
    ts.isFunctionExpression(node)
  );
}

function textOf(name: ts.PropertyName | ts.BindingName | undefined): string | undefined {
  if (name === undefined) return undefined;
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isPrivateIdentifier(name)) return name.text;
  return undefined;
}

/**
 * The function's own name: its declared name, or for a function value the variable or property
 * it initialises, directly or as the argument of a wrapper call (`const Panel = memo(() => …)`).
 */
function ownName(node: FunctionNode): string | undefined {
  if (ts.isConstructorDeclaration(node)) return "constructor";
  if (!ts.isArrowFunction(node) && node.name !== undefined) return textOf(node.name);
  let holder: ts.Node = node.parent;
  let child: ts.Node = node;
  while (
    ts.isParenthesizedExpression(holder) || ts.isAsExpression(holder) || ts.isSatisfiesExpression(holder) ||
    (ts.isCallExpression(holder) && holder.expression !== child)
  ) {
    child = holder;
    holder = holder.parent;
  }
  if (ts.isVariableDeclaration(holder) || ts.isPropertyAssignment(holder) || ts.isPropertyDeclaration(holder)) return textOf(holder.name);
  if (ts.isExportAssignment(holder)) return "default";
  return undefined;
}

/** `Class.method` for members, the own name otherwise, and `(callback in outer)` for a nameless function. */
function labelOf(node: FunctionNode, name: string | undefined): string {
  const owner = node.parent;
  if (name !== undefined && (ts.isClassLike(owner) || ts.isObjectLiteralExpression(owner))) {
    const ownerName = ts.isClassLike(owner) ? owner.name?.text : undefined;
    return ownerName ? `${ownerName}.${name}` : name;
  }
  if (name !== undefined) return name;
  for (let up: ts.Node | undefined = node.parent; up; up = up.parent) {
    if (isFunction(up)) return `(callback in ${labelOf(up, ownName(up))})`;
  }
  return "(callback at top level)";
}

/** Every function with a body in the source, with its length in lines. */
function measure(source: ts.SourceFile): Measured[] {
  const found: Measured[] = [];
  eachNode(source, (node) => {
    if (!isFunction(node) || node.body === undefined) return;
    const first = lineAt(source, node.getStart(source));
    const last = lineAt(source, node.getEnd());
    const name = ownName(node);
    found.push({ name, label: labelOf(node, name), line: first, lines: last - first + 1 });
  });
  return found;
}

/** A component that only lays out JSX: a .tsx function whose own name is PascalCase. */
function isExempt(file: string, fn: Measured): boolean {
  return file.endsWith(".tsx") && fn.name !== undefined && /^[A-Z]/.test(fn.name);
}

/** `src/x.ts:12 name (97 lines)` for every function over the limit. */
function tooLong(file: string, source: ts.SourceFile): string[] {
  return measure(source)
    .filter((fn) => fn.lines > MAX_LINES && !isExempt(file, fn))
    .map((fn) => `${relative(file)}:${fn.line} ${fn.label} (${fn.lines} lines)`);
}

describe("the measure", () => {
  const body = (lines: number): string => "  step();\n".repeat(lines - 2);
  const sourceOf = (file: string, text: string): ts.SourceFile =>
    ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);

  test("counts a function from its first to its closing line, without its doc comment", () => {
    const text = `/**\n * Doc.\n */\nexport function fits() {\n${body(80)}}\nexport const over = async () => {\n${body(81)}};\n`;
    const file = path.join(ROOT, "src/x.ts");
    expect(measure(sourceOf(file, text)).map((fn) => [fn.label, fn.line, fn.lines])).toEqual([["fits", 4, 80], ["over", 84, 81]]);
    expect(tooLong(file, sourceOf(file, text))).toEqual(["src/x.ts:84 over (81 lines)"]);
  });

  test("names methods, wrapped components and callbacks; only a PascalCase .tsx function is exempt", () => {
    const text = [
      `export const Panel = memo(() => {\n${body(90)}});`,
      `function helper() {\n  return items.map((item) => {\n${body(85)}  });\n}`,
      `class Store {\n  load() {\n${body(85)}  }\n}`,
    ].join("\n");
    const labels = (file: string) => tooLong(file, sourceOf(file, text)).map((line) => line.replace(/^\S+ /, ""));
    expect(labels("/x.tsx")).toEqual(["helper (87 lines)", "(callback in helper) (85 lines)", "Store.load (85 lines)"]);
    expect(labels("/x.ts")).toEqual(["Panel (90 lines)", "helper (87 lines)", "(callback in helper) (85 lines)", "Store.load (85 lines)"]);
  });
});

describe("src", () => {
  const sources = typeScriptFiles(["src"]).map((file) => ({ file, source: parse(file) }));

  test("the measure sees the project's functions", () => {
    // Guards the test itself: a walk that found no functions would find none too long.
    const count = sources.reduce((sum, { source }) => sum + measure(source).length, 0);
    expect(count).toBeGreaterThan(500);
  });

  test(`has no function over ${MAX_LINES} lines, apart from React components that only lay out JSX`, () => {
    expect(sources.flatMap(({ file, source }) => tooLong(file, source))).toEqual([]);
  });
});
