/**
 * The `prepare` script (`npm install`, `npm ci`) builds the command-line bundle, and must never
 * fail an install: without dev dependencies (`npm install --omit=dev`) there is no webpack, and
 * the install goes on without a bundle. Run on a copy of the layout with no node_modules.
 */
import { execFile } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { tempDir } from "./support/workbooks";

const repo = path.join(__dirname, "..", "..");
const tmp = tempDir();
/** A guard against hangs, not a speed limit: a fresh process on a loaded machine can take seconds. */
const RUN_TIMEOUT = 60_000;
afterAll(() => tmp.cleanup());

async function buildCli(root: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [path.join(root, "scripts", "build-cli.js"), ...args], { cwd: root, env: { ...process.env, NODE_PATH: "" } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    return error as { code: number; stdout: string; stderr: string };
  }
}

describe("scripts/build-cli.js, npm's prepare", () => {
  const root = tmp.file("no-dev-dependencies");
  beforeAll(() => {
    for (const dir of ["bin", "scripts", "src/cli"]) mkdirSync(path.join(root, dir), { recursive: true });
    for (const file of ["bin/bundle-state.js", "scripts/build-cli.js"]) copyFileSync(path.join(repo, file), path.join(root, file));
    writeFileSync(path.join(root, "src", "cli", "bin.ts"), "export {};");
  });

  test("package.json runs it with --install on every install", () => {
    expect(JSON.parse(readFileSync(path.join(repo, "package.json"), "utf8")).scripts.prepare).toBe("node scripts/build-cli.js --install");
  });

  test("with --install and no webpack: exit 0, says the bundle is not built, writes nothing", async () => {
    const r = await buildCli(root, ["--install"]);
    expect(r).toMatchObject({ code: 0, stdout: "", stderr: "inventory-rows: webpack is not installed (no dev dependencies), so dist/cli.js is not built\n" });
    expect(existsSync(path.join(root, "dist"))).toBe(false);
  }, RUN_TIMEOUT);

  test("without --install (the tests, the bench) a missing webpack is a failure", async () => {
    const r = await buildCli(root, []);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("webpack is not installed");
  }, RUN_TIMEOUT);
});
