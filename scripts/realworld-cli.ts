/**
 * The command line over real, damaged exports (`npm run test:realworld -- DIR` runs this as
 * the "cli" suite; `tsx scripts/realworld-cli.ts DIR` runs it alone). Files are read in
 * place and never copied; outputs go to a temporary folder that is removed afterwards.
 *
 * Per file, from its own headers (not its name):
 * - `check --json` never crashes: exit 0 or 1 (never 2: the files are readable), exit 1
 *   exactly when an error issue is reported, every issue has an address that starts its message;
 * - where the quantity or codes column has a name of its own, `--map role=Header` maps it
 *   (a QTY export's `Model Number` as codes) and the destroyed codes are named by address;
 * - where a table is found: `summary --json` and `summary --out` (written sheet re-read),
 *   and `serialize` of the first pool (quantity > 1) gives N unit rows with text codes. Errors
 *   in a column check names as changed by Excel's reading are Excel's, not the file's: serialize
 *   works on the file's text there, so such a pool is serialized and its first code is the file's.
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { headerKey, ROLE_ALIASES, type CellValue } from "../src/core";
import { main as cli } from "../src/cli/main";
import { parseCsvLikeExcel, parseCsvVerbatim } from "../src/cli/read-csv";
import type { Finding, Suite } from "./realworld-core";
import { readFileSync } from "node:fs";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(argv: string[], cwd: string): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const code = await cli(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd });
  return { code, stdout, stderr };
}

const isBlank = (v: CellValue) => v === "" || v === null || v === undefined;
const claims = (role: keyof typeof ROLE_ALIASES, header: CellValue) => ROLE_ALIASES[role].some((a) => headerKey(a) === headerKey(header));

/** `--map` arguments an operator would give for this file's headers. */
function mappingFor(header: CellValue[]): string[] {
  const args: string[] = [];
  const hasCodes = header.some((h) => claims("codes", h));
  const model = header.find((h) => headerKey(h) === headerKey("Model Number"));
  if (!hasCodes && model !== undefined) args.push("--map", `codes=${String(model)}`);
  return args;
}

async function checkFile(dir: string, file: string, out: string): Promise<Finding[]> {
  const findings: Finding[] = [];
  const expect = (ok: boolean, message: string) => findings.push({ ok, message });
  const path = join(dir, file);
  const grid = parseCsvLikeExcel(readFileSync(path, "utf8"));
  const header = grid.find((row) => row.some((v) => !isBlank(v))) ?? [];

  const verify = (label: string, r: Run) => {
    let json:
      | { table: unknown; issues: { severity: string; address: string; message: string; rule: string }[]; excelChanges: { column: string }[] }
      | undefined;
    try {
      json = JSON.parse(r.stdout);
    } catch {
      json = undefined;
    }
    const errors = json?.issues.filter((i) => i.severity === "error").length ?? -1;
    const addressed = json?.issues.every((i) => i.message.startsWith(`${i.address}:`)) ?? false;
    expect(json !== undefined && (r.code === 0 || r.code === 1) && r.code === (errors > 0 ? 1 : 0) && r.stderr === "" && addressed,
      `${label}: exit ${r.code}, ${json?.issues.length ?? "?"} issues (${errors} errors), all addressed${r.stderr ? `; stderr: ${r.stderr.trim()}` : ""}`);
    return json;
  };

  const plain = verify("check --json", await run(["check", path, "--json"], dir));
  const human = await run(["check", path], dir);
  expect(human.code === (plain?.issues.some((i) => i.severity === "error") ? 1 : 0) && human.stdout.length > 0 && !human.stdout.includes("\u001b"),
    `check (human): exit ${human.code}, ${human.stdout.split("\n").length} lines, no control characters`);

  const map = mappingFor(header);
  let mapped = plain;
  if (map.length > 0) {
    mapped = verify(`check ${map.join(" ")} --json`, await run(["check", path, ...map, "--json"], dir));
    if (map.some((a) => a.startsWith("codes="))) {
      const lost = mapped?.issues.filter((i) => i.rule === "codes-precision-lost") ?? [];
      expect(lost.length > 0, `codes mapped: ${lost.length} destroyed codes named, e.g. ${lost.slice(0, 2).map((i) => i.message).join(" | ")}`);
    }
  }
  if (!mapped?.table) {
    expect(mapped?.issues.some((i) => i.rule === "no-header") ?? false, "no table: no-header says why (summary and serialize need a quantity and a codes column)");
    return findings;
  }

  const summary = await run(["summary", path, ...map, "--json"], dir);
  const totals = summary.code !== 2 ? (JSON.parse(summary.stdout) as { totals: { income: number; units: number } }).totals : undefined;
  expect(summary.code !== 2 && totals !== undefined && Number.isFinite(totals.income) && Number.isFinite(totals.units),
    `summary --json: exit ${summary.code}, ${totals?.units ?? "?"} units, income ${totals?.income ?? "?"}`);
  const outFile = join(out, `${file}.summary.xlsx`);
  const written = await run(["summary", path, ...map, "--out", outFile], dir);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(outFile).catch(() => undefined);
  expect(written.code !== 2 && book.getWorksheet("Inventory summary")?.getCell("A1").value === "Inventory summary",
    `summary --out: exit ${written.code}, sheet written and re-read`);

  const qty = header.findIndex((h) => claims("quantity", h));
  const pool = grid.findIndex((row, r) => r > grid.indexOf(header) && typeof row[qty] === "number" && (row[qty] as number) > 1 && Number.isInteger(row[qty]));
  if (pool >= 0) {
    const n = grid[pool][qty] as number;
    const serialized = join(out, `${file}.serialized.xlsx`);
    const r = await run(["serialize", path, ...map, "--rows", String(pool + 1), "--out", serialized, "--json"], dir);
    const changed = new Set(mapped.excelChanges.map((c) => c.column));
    const poolErrors = mapped.issues.filter(
      (i) => i.severity === "error" && Number(i.address.replace(/^[A-Z]+/, "")) === pool + 1 && !changed.has(i.address.replace(/\d+$/, "")),
    );
    if (poolErrors.length > 0) {
      const refused = JSON.parse(r.stdout) as { refused: { excelRow: number; reason: string }[]; out: string | null };
      expect(r.code === 1 && refused.refused[0]?.excelRow === pool + 1 && refused.out === null,
        `serialize --rows ${pool + 1} (a row with errors): exit ${r.code}, refused: ${refused.refused[0]?.reason ?? "NOT REFUSED"}; nothing written`);
      return findings;
    }
    const result = new ExcelJS.Workbook();
    await result.xlsx.readFile(serialized).catch(() => undefined);
    const sheet = result.worksheets[0];
    const mappedCodes = map.find((a) => a.startsWith("codes="))?.slice("codes=".length);
    const isCodes = (h: CellValue) => (mappedCodes === undefined ? claims("codes", h) : headerKey(h) === headerKey(mappedCodes));
    const codesColumn = (JSON.parse(r.stdout) as { replacements: { rows: CellValue[][] }[] }).replacements[0]?.rows[0]?.findIndex((_, c) => isCodes(header[c])) ?? -1;
    const units = sheet ? Array.from({ length: n }, (_, k) => sheet.getRow(pool + 1 + k).getCell(qty + 1).value) : [];
    const codes = sheet && codesColumn >= 0 ? Array.from({ length: n }, (_, k) => sheet.getRow(pool + 1 + k).getCell(codesColumn + 1)) : [];
    expect(r.code === 0 && units.every((u) => u === 1) && codes.length === n && codes.every((c) => typeof c.value === "string" && c.numFmt === "@"),
      `serialize --rows ${pool + 1}: exit ${r.code}, quantity ${n} → ${units.length} unit rows, codes as text: ${codes.slice(0, 3).map((c) => String(c.value)).join(", ")}…`);
    const fileText = String(parseCsvVerbatim(readFileSync(path, "utf8"))[pool][codesColumn] ?? "");
    expect(codes[0]?.value === fileText.split(",")[0].trim(), `serialize --rows ${pool + 1}: the first unit's code is the file's own text (${fileText.slice(0, 40)})`);
  }
  return findings;
}

/** The CLI suite of `npm run test:realworld`: every file through the command line. */
export const cliSuite: Suite = async (dir, files) => {
  const out = mkdtempSync(join(tmpdir(), "inventory-rows-realworld-"));
  try {
    const results: { file: string; findings: Finding[] }[] = [];
    for (const file of files) results.push({ file, findings: await checkFile(dir, file, out) });
    return results;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
};

if (require.main === module) {
  const dir = process.argv[2];
  if (!dir) {
    console.error("Usage: tsx scripts/realworld-cli.ts DIR");
    process.exit(1);
  }
  const files = readdirSync(dir).filter((f) => f.toLowerCase().endsWith(".csv")).sort();
  cliSuite(dir, files).then((results) => {
    let failed = 0;
    for (const { file, findings } of results) {
      console.log(`\n${file}`);
      for (const f of findings) {
        console.log(`  ${f.ok ? "ok  " : "FAIL"} ${f.message}`);
        if (!f.ok) failed++;
      }
    }
    process.exit(failed > 0 || files.length === 0 ? 1 : 0);
  });
}
