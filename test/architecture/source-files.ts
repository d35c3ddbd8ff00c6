/**
 * What the architecture tests read: the project's source files as text and as syntax trees.
 * The tests never import src; they parse it, so they hold even while a layer does not compile.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/** The repository root (this file is test/architecture/source-files.ts). */
export const ROOT = path.resolve(__dirname, "../..");

/** `src/core/cells.ts` for an absolute path inside the repository. */
export function relative(file: string): string {
  return path.relative(ROOT, file).split(path.sep).join("/");
}

/** Every file under the given folders (relative to the root) whose name ends in one of `extensions`, sorted. */
export function filesUnder(folders: readonly string[], extensions: readonly string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (extensions.some((ext) => entry.name.endsWith(ext))) found.push(full);
    }
  };
  for (const folder of folders) {
    const dir = path.join(ROOT, folder);
    if (existsSync(dir) && statSync(dir).isDirectory()) walk(dir);
  }
  return found.sort();
}

/** TypeScript sources (.ts, .tsx; declaration files left out) under the given folders. */
export function typeScriptFiles(folders: readonly string[]): string[] {
  return filesUnder(folders, [".ts", ".tsx"]).filter((file) => !file.endsWith(".d.ts"));
}

/** The syntax tree of a file (no type checking). */
export function parse(file: string): ts.SourceFile {
  const kind = file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  return ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true, kind);
}

/** 1-based line of a position in a file. */
export function lineAt(source: ts.SourceFile, position: number): number {
  return source.getLineAndCharacterOfPosition(position).line + 1;
}

/** `src/app/x.ts:12` for a node, as the failure lists name it. */
export function where(source: ts.SourceFile, node: ts.Node): string {
  return `${relative(source.fileName)}:${lineAt(source, node.getStart(source))}`;
}

/** Calls `visit` on every node of the tree, depth first. */
export function eachNode(source: ts.SourceFile, visit: (node: ts.Node) => void): void {
  const walk = (node: ts.Node): void => {
    visit(node);
    ts.forEachChild(node, walk);
  };
  walk(source);
}
