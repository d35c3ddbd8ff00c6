import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { tempDir } from "./support/workbooks";
import { copyFileSync, mkdirSync, utimesSync, writeFileSync } from "node:fs";

const bin = path.join(__dirname, "..", "..", "bin", "inventory-rows.js");
const fixtures = path.join(__dirname, "..", "fixtures", "cli");

/** Runs the real `inventory-rows` command (from the TypeScript source) as a child process. */
async function runBin(args: string[], cwd = fixtures, locale: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...args], {
      cwd,
      // The locale of the machine running the tests must not change what they read: en-US unless a test says otherwise.
      env: { ...process.env, LC_ALL: "", LC_NUMERIC: "", LANG: "C.UTF-8", ...locale, INVENTORY_ROWS_SOURCE: "1" },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("bin/inventory-rows.js as a real process", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  test("--help prints the usage and exits 0", async () => {
    const r = await runBin(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("inventory-rows check     FILE");
    expect(r.stderr).toBe("");
  }, 60_000);

  test("the process's LANG is the default locale: a Dutch ;-CSV sums to the cent", async () => {
    const dutch = await runBin(["summary", path.join("locale", "nl-numbers-en-headers.csv"), "--json"], fixtures, { LANG: "nl_NL.UTF-8" });
    expect(dutch.code).toBe(0);
    expect(JSON.parse(dutch.stdout).totals.income).toBe(1670.05);
    const plain = await runBin(["summary", path.join("locale", "nl-numbers-en-headers.csv"), "--json"]);
    expect(plain.code).toBe(1);
  }, 60_000);

  test("errors found: exit 1, the report on stdout, stdout is valid JSON with --json", async () => {
    const r = await runBin(["check", "bom-cr.csv", "--json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).issues.length).toBeGreaterThan(0);
    expect(r.stderr).toBe("");
  }, 60_000);

  test("an unreadable file: exit 2, one line on stderr, no stack trace", async () => {
    writeFileSync(tmp.file("junk.xlsx"), "not a zip at all");
    const r = await runBin(["check", "junk.xlsx"], tmp.dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("inventory-rows: junk.xlsx is not an .xlsx workbook (the file is not a zip package)\n");
  }, 60_000);

  test("--progress writes progress to stderr only, leaving --json stdout clean", async () => {
    const r = await runBin(["check", "inventory.json", "--json", "--progress"]);
    expect(r.code).toBe(0);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
    expect(r.stderr).toMatch(/^inventory-rows: reading inventory\.json…\ninventory-rows: checking 6 rows…\ninventory-rows: done in \d+\.\d s\n$/);
  }, 60_000);

  test("a dist/cli.js older than the sources is not run (a stale bundle would hide the checked-out code)", async () => {
    // A copy of the layout: bin/, a stand-in bundle, and one source file; no node_modules, so the source path cannot load tsx.
    const root = tmp.file("layout");
    for (const dir of ["bin", "dist", "src/cli", "src/core"]) mkdirSync(path.join(root, dir), { recursive: true });
    copyFileSync(bin, path.join(root, "bin", "inventory-rows.js"));
    copyFileSync(path.join(path.dirname(bin), "bundle-state.js"), path.join(root, "bin", "bundle-state.js"));
    writeFileSync(path.join(root, "dist", "cli.js"), 'exports.run = () => process.stdout.write("bundle ran\\n");');
    writeFileSync(path.join(root, "src", "core", "cells.ts"), "export {};");
    const runCopy = async () => {
      try {
        return { code: 0, ...(await promisify(execFile)(process.execPath, [path.join(root, "bin", "inventory-rows.js"), "--help"], { env: { ...process.env, INVENTORY_ROWS_SOURCE: "" } })) };
      } catch (error) {
        return error as { code: number; stdout: string; stderr: string };
      }
    };
    const past = new Date(Date.now() - 60_000);
    utimesSync(path.join(root, "src", "core", "cells.ts"), past, past);
    expect(await runCopy()).toMatchObject({ code: 0, stdout: "bundle ran\n" });
    const future = new Date(Date.now() + 60_000);
    utimesSync(path.join(root, "src", "core", "cells.ts"), future, future);
    expect(await runCopy()).toMatchObject({ code: 2, stdout: "", stderr: "inventory-rows: dist/cli.js is missing or older than src/; run `npm run build:cli` first\n" });
  }, 60_000);
});
