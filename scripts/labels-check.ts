/**
 * `npm run test:labels`: the labels as printed are scanned back (issue 17, docs/design.md §29).
 * Serializes the example's pool of 10 ski poles (row 4) into units.xlsx, prints their labels
 * with `labels --rows 4-13` as poles.pdf and as poles.xlsx, renders the PDF with pdftoppm at
 * 300 dpi (and the .xlsx through LibreOffice → PDF → pdftoppm, as File → Print would), and
 * decodes every page with zbarimg: exactly the 10 unit codes, all on one A4 page. The pages
 * stay under test-artifacts/labels/. Not part of `npm test`: it needs poppler-utils, zbar-tools
 * and LibreOffice, and says what to install when one is missing.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { main as cli } from "../src/cli/main";

const ROOT = path.resolve(__dirname, "..");
const ARTIFACTS = path.join(ROOT, "test-artifacts", "labels");
const EXAMPLE = path.join(ROOT, "examples", "inventory-example.xlsx");
const INSTALL = "install poppler-utils and zbar-tools (apt-get install -y poppler-utils zbar-tools)";

let failures = 0;
function expectThat(ok: boolean, message: string): void {
  console.log(`  ${ok ? "ok  " : "FAIL"} ${message}`);
  if (!ok) failures++;
}

function has(tool: string, args: string[]): boolean {
  const r = spawnSync(tool, args, { encoding: "utf8" });
  return !r.error;
}

async function run(args: string[], cwd: string): Promise<{ code: number; stdout: string }> {
  let stdout = "";
  const code = await cli(args, { stdout: (t) => void (stdout += t), stderr: (t) => void process.stderr.write(t), cwd });
  return { code, stdout };
}

/** PNG pages of `pdf` at 300 dpi, written as test-artifacts/labels/<name>-<page>.png. */
function pages(pdf: string, name: string): string[] {
  for (const old of readdirSync(ARTIFACTS).filter((f) => f.startsWith(`${name}-`))) rmSync(path.join(ARTIFACTS, old));
  const r = spawnSync("pdftoppm", ["-r", "300", "-png", pdf, path.join(ARTIFACTS, name)], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`pdftoppm failed: ${r.stderr}`);
  return readdirSync(ARTIFACTS).filter((f) => f.startsWith(`${name}-`) && f.endsWith(".png")).sort().map((f) => path.join(ARTIFACTS, f));
}

/** The payloads zbarimg reads on one page, sorted. */
function scanned(png: string): string[] {
  const r = spawnSync("zbarimg", ["--raw", "-q", png], { encoding: "utf8" });
  return r.stdout.split("\n").filter((line) => line !== "").sort();
}

function checkPrinted(pngs: string[], codes: string[], what: string): void {
  expectThat(pngs.length === 1, `${what}: one page (got ${pngs.length})`);
  const found = pngs.flatMap(scanned).sort();
  expectThat(JSON.stringify(found) === JSON.stringify(codes), `${what}: zbarimg reads exactly ${codes.join(", ")} (read ${found.join(", ") || "nothing"})`);
}

/** LibreOffice prints the workbook to PDF as File → Print would. */
function printWorkbook(xlsx: string, work: string): string {
  const soffice = process.env.SOFFICE ?? "soffice";
  const profile = `-env:UserInstallation=file://${path.join(work, "lo-profile")}`;
  const r = spawnSync(soffice, [profile, "--headless", "--convert-to", "pdf", "--outdir", work, xlsx], { encoding: "utf8", timeout: 120_000 });
  if (r.status !== 0) throw new Error(`soffice failed on ${xlsx}: ${r.stderr || r.stdout}`);
  return path.join(work, `${path.basename(xlsx, ".xlsx")}.pdf`);
}

async function checkLabels(): Promise<void> {
  if (!has("pdftoppm", ["-v"]) || !has("zbarimg", ["--version"])) throw new Error(INSTALL);
  mkdirSync(ARTIFACTS, { recursive: true });
  const work = mkdtempSync(path.join(tmpdir(), "inventory-rows-labels-"));
  try {
    console.log("serialize examples/inventory-example.xlsx --rows 4, then labels --rows 4-13");
    expectThat((await run(["serialize", EXAMPLE, "--rows", "4", "--out", "units.xlsx"], work)).code === 0, "serialize wrote units.xlsx");
    const plan = await run(["labels", "units.xlsx", "--rows", "4-13", "--out", "poles.pdf", "--json"], work);
    const codes = (JSON.parse(plan.stdout).labels as { code: string }[]).map((l) => l.code).sort();
    expectThat(plan.code === 0 && codes.length === 10, `labels wrote poles.pdf with 10 labels (${codes.join(", ")})`);
    checkPrinted(pages(path.join(work, "poles.pdf"), "poles"), codes, "poles.pdf at 300 dpi");
    expectThat((await run(["labels", "units.xlsx", "--rows", "4-13", "--out", "poles.xlsx"], work)).code === 0, "labels wrote poles.xlsx");
    checkPrinted(pages(printWorkbook(path.join(work, "poles.xlsx"), work), "sheet"), codes, "poles.xlsx printed by LibreOffice at 300 dpi");
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

checkLabels().then(
  () => {
    console.log(failures === 0 ? "\nlabels check passed (pages in test-artifacts/labels/)" : `\n${failures} labels check(s) failed`);
    process.exit(failures === 0 ? 0 : 1);
  },
  (error: Error) => {
    console.error(`labels check failed: ${error.message}`);
    process.exit(1);
  },
);
