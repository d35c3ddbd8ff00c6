/**
 * The built command line (issue 14 §4): bin/inventory-rows.js running dist/cli.js as an operator
 * runs it. The bundle is built first when it is missing or older than src/ (scripts/build-cli.js,
 * what `npm install` runs). Each run is loaded with a probe (`node --require`) that records which
 * files the process loaded, so a test sees that the bundle ran (not tsx) and that exceljs was
 * loaded only when the file needed it.
 */
import { execFile, spawnSync } from "node:child_process";
import { readFileSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { readBack, tempDir, writeStockWorkbook } from "./support/workbooks";

const root = path.join(__dirname, "..", "..");
const bin = path.join(root, "bin", "inventory-rows.js");
const bundle = path.join(root, "dist", "cli.js");
const fixtures = path.join(__dirname, "..", "fixtures", "cli");
// eslint-disable-next-line @typescript-eslint/no-require-imports -- bin/ is CommonJS, run by node as it is
const { bundleIsCurrent } = require("../../bin/bundle-state") as { bundleIsCurrent(): boolean };

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  /** What the process loaded: the bundle, tsx (the TypeScript source path), exceljs. */
  loaded: { bundle: boolean; tsx: boolean; exceljs: boolean };
}

const tmp = tempDir();
const probe = tmp.file("probe.js");
const BUILD_TIMEOUT = 300_000;
/** A guard against hangs, not a speed limit: a fresh process on a loaded machine can take seconds. */
const RUN_TIMEOUT = 60_000;

async function exec(file: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(file, args, { cwd: tmp.dir, env: { ...process.env, LC_ALL: "", LC_NUMERIC: "", LANG: "C.UTF-8", INVENTORY_ROWS_SOURCE: "", ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** Runs `inventory-rows ARGS` in a fresh process with the load probe. */
async function runBin(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const report = tmp.file(`loaded-${Math.random().toString(36).slice(2)}.json`);
  const r = await exec(process.execPath, ["--require", probe, bin, ...args], { ...env, PROBE_REPORT: report });
  return { ...r, loaded: JSON.parse(readFileSync(report, "utf8")) };
}

const build = () => exec(process.execPath, [path.join(root, "scripts", "build-cli.js")]);

beforeAll(async () => {
  writeFileSync(
    probe,
    `process.on("exit", () => {
      const files = Object.keys(require.cache);
      const has = (part) => files.some((f) => f.includes(part));
      require("node:fs").writeFileSync(process.env.PROBE_REPORT, JSON.stringify({
        bundle: files.includes(${JSON.stringify(bundle)}), tsx: has("/node_modules/tsx/"), exceljs: has("/node_modules/exceljs/"),
      }));
    });`,
  );
  const built = await build();
  if (built.code !== 0) throw new Error(`building dist/cli.js failed:\n${built.stdout}${built.stderr}`);
}, BUILD_TIMEOUT);
afterAll(() => tmp.cleanup());

describe("the built command line (dist/cli.js)", () => {
  test("--help prints the usage from the bundle, without tsx and without loading exceljs", async () => {
    const r = await runBin(["--help"]);
    expect(r).toMatchObject({ code: 0, stderr: "", loaded: { bundle: true, tsx: false, exceljs: false } });
    expect(r.stdout).toContain("inventory-rows check     FILE");
  }, RUN_TIMEOUT);

  test("--version prints the version", async () => {
    expect(await runBin(["--version"])).toMatchObject({ code: 0, stdout: "inventory-rows 0.1.0\n", stderr: "", loaded: { bundle: true, tsx: false } });
  }, RUN_TIMEOUT);

  test.each(["check", "summary", "serialize", "aggregate", "fix", "generate-codes"])("%s --help prints that command's options", async (command) => {
    const r = await runBin([command, "--help"]);
    expect(r).toMatchObject({ code: 0, stderr: "", loaded: { bundle: true, exceljs: false } });
    expect(r.stdout).toContain(`inventory-rows ${command}`);
    expect(r.stdout).toContain("--sheet NAME");
  }, RUN_TIMEOUT);

  test("check of a .csv reports its rows and exit code without loading exceljs", async () => {
    writeFileSync(tmp.file("small.csv"), "Name,Qty,Codes,Income\nSkis,1,S-1,10\nBoots,2,\"B-1, B-2\",20\n");
    const r = await runBin(["check", "small.csv"]);
    expect(r).toMatchObject({ code: 0, stderr: "", loaded: { bundle: true, tsx: false, exceljs: false } });
    expect(r.stdout).toContain("small.csv: header in row 1; 2 rows (0 blank skipped): 2 valid, 0 invalid; 1 serialized, 1 aggregated, 3 units");
    expect(r.stdout).toContain("No errors.");
  }, RUN_TIMEOUT);

  test("errors found in a fixture: exit 1 and the issues as JSON", async () => {
    const r = await runBin(["check", path.join(fixtures, "bom-cr.csv"), "--json"]);
    expect(r).toMatchObject({ code: 1, stderr: "", loaded: { bundle: true, exceljs: false } });
    expect(JSON.parse(r.stdout).issues.map((i: { rule: string }) => i.rule)).toContain("quantity-not-whole");
  }, RUN_TIMEOUT);

  test("an .xlsx loads exceljs on demand: check prints the same JSON as the TypeScript source", async () => {
    await writeStockWorkbook(tmp.file("stock.xlsx"), { errorRow: true });
    const built = await runBin(["check", "stock.xlsx", "--json"]);
    expect(built).toMatchObject({ code: 1, stderr: "", loaded: { bundle: true, tsx: false, exceljs: true } });
    expect(JSON.parse(built.stdout).issues).toContainEqual(expect.objectContaining({ rule: "cell-error", address: "C8" }));
    const source = await runBin(["check", "stock.xlsx", "--json"], { INVENTORY_ROWS_SOURCE: "1" });
    expect(source.loaded).toMatchObject({ bundle: false, tsx: true });
    expect(source.code).toBe(built.code);
    expect(source.stdout).toBe(built.stdout);
  }, RUN_TIMEOUT);

  test("serialize --out writes a workbook through exceljs loaded on demand", async () => {
    writeFileSync(tmp.file("two.csv"), "Name,Qty,Codes\nBoots,2,\"B-1, B-2\"\n");
    const r = await runBin(["serialize", "two.csv", "--rows", "2", "--out", "two-out.xlsx"]);
    expect(r).toMatchObject({ code: 0, stderr: "", loaded: { bundle: true, exceljs: true } });
    const sheet = (await readBack(tmp.file("two-out.xlsx"))).worksheets[0];
    expect([2, 3].map((row) => [sheet.getCell(`B${row}`).value, sheet.getCell(`C${row}`).value])).toEqual([[1, "B-1"], [1, "B-2"]]);
  }, RUN_TIMEOUT);

  test("fix and generate-codes write .csv copies from the bundle, without exceljs", async () => {
    writeFileSync(tmp.file("fixable.csv"), "Name,Qty,Codes,Income\nSkis,1,S-1,\" 10 \"\nBoots,2,,20\n");
    const fixed = await runBin(["fix", "fixable.csv", "--excel-reading", "off", "--out", "fixed.csv"]);
    expect(fixed).toMatchObject({ code: 0, stderr: "", loaded: { bundle: true, exceljs: false } });
    expect(fixed.stdout).toContain('D2: " 10 " → 10');
    expect(readFileSync(tmp.file("fixed.csv"), "utf8")).toContain("Skis,1,S-1,10");
    const coded = await runBin(["generate-codes", "fixed.csv", "--code-prefix", "BT", "--code-digits", "3", "--out", "coded.csv"]);
    expect(coded).toMatchObject({ code: 0, stderr: "", loaded: { bundle: true, exceljs: false } });
    expect(readFileSync(tmp.file("coded.csv"), "utf8")).toContain("Boots,2,BT-001,20");
  }, RUN_TIMEOUT);

  test("--settings and --lang reach the bundle's check", async () => {
    writeFileSync(tmp.file("case.csv"), "Name,Qty,Codes\nA,1,ab\nB,1,AB\n");
    writeFileSync(tmp.file("settings.json"), JSON.stringify({ caseSensitiveCodes: true }));
    const english = await runBin(["check", "case.csv", "--json"]);
    expect(JSON.parse(english.stdout).issues.map((i: { rule: string }) => i.rule)).toContain("codes-duplicate");
    const sensitive = await runBin(["check", "case.csv", "--settings", "settings.json", "--json"]);
    expect(sensitive).toMatchObject({ code: 0, loaded: { bundle: true } });
    expect(JSON.parse(sensitive.stdout).issues.map((i: { rule: string }) => i.rule)).not.toContain("codes-duplicate");
    const finnish = await runBin(["check", "case.csv", "--lang", "fi-FI"]);
    expect(finnish.loaded).toMatchObject({ bundle: true, tsx: false });
    expect(finnish.stdout).not.toBe((await runBin(["check", "case.csv"])).stdout);
  }, RUN_TIMEOUT);

  test("the bundle requires no package it copies in (zod, the ICU formatter) and exceljs only from the stand-in", () => {
    const requires = [...readFileSync(bundle, "utf8").matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]);
    // bwip-js and pdf-lib (labels) are required on first use, through import().
    expect(requires.filter((name) => !name.startsWith("node:")).sort()).toEqual(["bwip-js/node", "exceljs", "iconv-lite", "papaparse", "pdf-lib"]);
  }, RUN_TIMEOUT);

  test("starting the bundle loads neither bwip-js nor pdf-lib", () => {
    const probe = spawnSync(process.execPath, ["-e", `require(${JSON.stringify(bundle)}); console.log(Object.keys(require.cache).filter((k) => /bwip-js|pdf-lib/.test(k)).length)`], { encoding: "utf8" });
    expect(probe.stdout.trim()).toBe("0");
  }, RUN_TIMEOUT);

  test("a bundle older than its sources is rebuilt even when its content does not change, then runs again", async () => {
    const past = new Date("2001-01-01T00:00:00Z");
    utimesSync(bundle, past, past);
    expect(bundleIsCurrent()).toBe(false);
    expect((await build()).code).toBe(0);
    expect(bundleIsCurrent()).toBe(true);
    expect((await runBin(["--version"])).loaded).toMatchObject({ bundle: true, tsx: false });
  }, BUILD_TIMEOUT);
});
