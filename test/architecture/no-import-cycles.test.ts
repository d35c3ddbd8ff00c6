/**
 * No import cycles in src/ and scripts/ (docs/design.md §13). A cycle makes the order in
 * which modules load matter and ties two files into one unit that cannot be read or
 * tested alone. Type-only imports count too: they tie the files together for a reader
 * even though they vanish at runtime.
 */
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { eachNode, lineAt, parse, relative, typeScriptFiles } from "./source-files";

/** One relative import: the file it resolves to and the line that makes it. */
interface ImportEdge {
  to: string;
  line: number;
}

/** Relative module specifiers of a file with their lines: import, import type, export … from, import("…"), import("…").T. */
function relativeImports(source: ts.SourceFile): { specifier: string; line: number }[] {
  const found: { specifier: string; line: number }[] = [];
  const add = (literal: ts.Node | undefined): void => {
    if (literal && ts.isStringLiteralLike(literal) && literal.text.startsWith(".")) {
      found.push({ specifier: literal.text, line: lineAt(source, literal.getStart(source)) });
    }
  };
  eachNode(source, (node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) add(node.moduleSpecifier);
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) add(node.moduleReference.expression);
    else if (ts.isCallExpression(node) && (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === "require"))) {
      add(node.arguments[0]);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node.argument.literal);
  });
  return found;
}

/** The file a relative specifier names: x, x.ts, x.tsx, x/index.ts, x/index.tsx (and x.js written for x.ts). */
function resolve(from: string, specifier: string): string | undefined {
  const base = path.resolve(path.dirname(from), specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")];
  if (/\.[cm]?js$/.test(base)) candidates.push(base.replace(/\.([cm]?)js$/, ".$1ts"), base.replace(/\.[cm]?js$/, ".tsx"));
  return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

/** The import graph over the given files: file → the files of the set it imports (with the line). */
function importGraph(files: readonly string[]): Map<string, ImportEdge[]> {
  const inSet = new Set(files);
  const graph = new Map<string, ImportEdge[]>();
  for (const file of files) {
    const edges: ImportEdge[] = [];
    for (const { specifier, line } of relativeImports(parse(file))) {
      const to = resolve(file, specifier);
      if (to !== undefined && inSet.has(to) && !edges.some((e) => e.to === to)) edges.push({ to, line });
    }
    graph.set(file, edges);
  }
  return graph;
}

/** Strongly connected components (Tarjan), each sorted; only those that hold a cycle. */
function tangledGroups(graph: ReadonlyMap<string, readonly ImportEdge[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  let next = 0;
  const visit = (node: string): void => {
    index.set(node, next);
    low.set(node, next);
    next += 1;
    stack.push(node);
    onStack.add(node);
    for (const { to } of graph.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(node, Math.min(low.get(node)!, index.get(to)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== node);
    const selfLoop = (graph.get(node) ?? []).some((e) => e.to === node);
    if (group.length > 1 || selfLoop) groups.push(group.sort());
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return groups;
}

/** Stops listing cycles of one group after this many (a tangle that large says enough). */
const MAX_CYCLES_PER_GROUP = 50;

/**
 * Every elementary cycle, each listed once, starting at its alphabetically first file:
 * `a.ts:3 → b.ts:7 → a.ts` means line 3 of a.ts imports b.ts and line 7 of b.ts imports a.ts.
 */
function importCycles(graph: ReadonlyMap<string, readonly ImportEdge[]>, name: (file: string) => string = (f) => f): string[] {
  const cycles: string[] = [];
  for (const group of tangledGroups(graph)) {
    const members = new Set(group);
    let listed = 0;
    for (const start of group) {
      // Only files after `start` may follow it, so each cycle is found once, from its first file.
      const path: { file: string; line: number }[] = [];
      const onPath = new Set<string>();
      const walk = (file: string): void => {
        for (const { to, line } of graph.get(file) ?? []) {
          if (listed >= MAX_CYCLES_PER_GROUP || !members.has(to) || to < start) continue;
          if (to === start) {
            const steps = [...path, { file, line }].map((s) => `${name(s.file)}:${s.line}`);
            cycles.push(`${steps.join(" → ")} → ${name(start)}`);
            listed += 1;
          } else if (!onPath.has(to)) {
            path.push({ file, line });
            onPath.add(to);
            walk(to);
            onPath.delete(to);
            path.pop();
          }
        }
      };
      walk(start);
    }
    if (listed >= MAX_CYCLES_PER_GROUP) cycles.push(`… and more cycles among ${group.map(name).join(", ")}`);
  }
  return cycles;
}

describe("the cycle finder", () => {
  const edges = (pairs: [string, string][]): Map<string, ImportEdge[]> => {
    const graph = new Map<string, ImportEdge[]>();
    for (const [from, to] of pairs) {
      if (!graph.has(to)) graph.set(to, []);
      graph.set(from, [...(graph.get(from) ?? []), { to, line: 1 }]);
    }
    return graph;
  };

  test("lists each cycle once, from its first file, and ignores files outside cycles", () => {
    const graph = edges([["a", "b"], ["b", "a"], ["b", "c"], ["c", "a"], ["c", "d"], ["d", "e"]]);
    expect(importCycles(graph).sort()).toEqual(["a:1 → b:1 → a", "a:1 → b:1 → c:1 → a"]);
  });

  test("finds no cycle in a graph that only points one way", () => {
    expect(importCycles(edges([["a", "b"], ["a", "c"], ["b", "c"]]))).toEqual([]);
  });

  test("reads every kind of relative import with its line, and no package import", () => {
    const source = ts.createSourceFile(
      "x.ts",
      [
        'import { a } from "./a";',
        'import type { B } from "../b";',
        'export { c } from "./c";',
        'export * from "./d/index";',
        'const e = await import("./e");',
        'type F = import("./f").F;',
        'import ts from "typescript";',
        '// import { g } from "./g";',
        'const h = "./h";',
      ].join("\n"),
      ts.ScriptTarget.Latest,
      true,
    );
    expect(relativeImports(source)).toEqual([
      { specifier: "./a", line: 1 },
      { specifier: "../b", line: 2 },
      { specifier: "./c", line: 3 },
      { specifier: "./d/index", line: 4 },
      { specifier: "./e", line: 5 },
      { specifier: "./f", line: 6 },
    ]);
  });
});

describe("src and scripts", () => {
  const graph = importGraph(typeScriptFiles(["src", "scripts"]));

  test("the graph holds the project's files and their imports", () => {
    // Guards the test itself: a resolver that found nothing would find no cycle either.
    expect(graph.size).toBeGreaterThan(150);
    const index = [...graph.entries()].find(([file]) => relative(file) === "src/core/index.ts");
    expect(index?.[1].map((e) => relative(e.to))).toContain("src/core/types.ts");
  });

  test("have no import cycle", () => {
    expect(importCycles(graph, relative)).toEqual([]);
  });
});
