/**
 * When bin/inventory-rows.js trusts dist/cli.js (bin/bundle-state.js): only when the bundle is
 * newer than everything it is built from, so a `git pull` or a reinstalled package never runs an
 * old bundle. Checked on a copy of the layout with file times set by the test.
 */
import { copyFileSync, mkdirSync, renameSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { tempDir } from "./support/workbooks";

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const root = tmp.file("layout");
const at = (file: string, seconds: number) => utimesSync(path.join(root, file), seconds, seconds);
const BUILT = 2_000_000_000;

// eslint-disable-next-line @typescript-eslint/no-require-imports -- bin/ is CommonJS, run by node as it is
const state = () => require(path.join(root, "bin", "bundle-state.js")) as { bundleIsCurrent(): boolean };

beforeAll(() => {
  for (const dir of ["bin", "dist", "src/cli", "src/core/messages/fi", "node_modules/zod", "node_modules/@formatjs/icu-messageformat-parser"]) mkdirSync(path.join(root, dir), { recursive: true });
  copyFileSync(path.join(__dirname, "..", "..", "bin", "bundle-state.js"), path.join(root, "bin", "bundle-state.js"));
  for (const file of ["dist/cli.js", "src/cli/bin.ts", "src/cli/exceljs-on-demand.cjs", "src/core/messages/fi/engine.ts", "webpack.cli.config.js", "node_modules/zod/package.json", "node_modules/@formatjs/icu-messageformat-parser/package.json"]) {
    writeFileSync(path.join(root, file), "{}");
  }
});

beforeEach(() => {
  for (const file of ["src/cli/bin.ts", "src/cli/exceljs-on-demand.cjs", "src/core/messages/fi/engine.ts", "webpack.cli.config.js", "node_modules/zod/package.json", "node_modules/@formatjs/icu-messageformat-parser/package.json"]) at(file, BUILT - 60);
  at("dist/cli.js", BUILT);
});

describe("bundleIsCurrent", () => {
  test("a bundle newer than all its inputs is current; one as new as the newest is too", () => {
    expect(state().bundleIsCurrent()).toBe(true);
    at("src/cli/bin.ts", BUILT);
    expect(state().bundleIsCurrent()).toBe(true);
  });

  test.each([
    ["a TypeScript source in a nested folder", "src/core/messages/fi/engine.ts"],
    ["a source that is not TypeScript (the exceljs stand-in)", "src/cli/exceljs-on-demand.cjs"],
    ["the webpack config", "webpack.cli.config.js"],
    ["a package copied into the bundle, reinstalled", "node_modules/zod/package.json"],
    ["a scoped package copied into the bundle, reinstalled", "node_modules/@formatjs/icu-messageformat-parser/package.json"],
  ])("stale when %s is newer", (_, file) => {
    at(file, BUILT + 1);
    expect(state().bundleIsCurrent()).toBe(false);
  });

  test("a missing bundle is not current", () => {
    const bundle = path.join(root, "dist", "cli.js");
    renameSync(bundle, `${bundle}.away`);
    try {
      expect(state().bundleIsCurrent()).toBe(false);
    } finally {
      renameSync(`${bundle}.away`, bundle);
    }
  });
});
