/**
 * `npm run test:realworld -- DIR`: runs the engine (and the command line) over real,
 * damaged inventory exports: every CSV in DIR, read the way Excel opens a CSV,
 * asserting what an operator would expect to be told (see realworld-core.ts).
 * Fails loudly (exit 1) when DIR is missing, holds no CSV, or any expectation
 * fails. Nothing from DIR is copied anywhere.
 *
 * Other suites (the CLI's) add themselves to SUITES below; they receive DIR as an
 * absolute path.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { checkExport, type Suite } from "./realworld-core";
import { cliSuite } from "./realworld-cli";

export type { Finding, Suite } from "./realworld-core";

const coreSuite: Suite = async (dir, files) =>
  files.map((file) => ({ file, findings: checkExport(readFileSync(join(dir, file), "utf8")) }));

/** Suites run in order; each reports per file. */
const SUITES: { name: string; run: Suite }[] = [{ name: "core", run: coreSuite }];
SUITES.push({ name: "cli", run: cliSuite });

async function main(): Promise<number> {
  const given = process.argv[2];
  const dir = given ? resolve(given) : ""; // suites get an absolute path, whatever their working directory
  if (!dir || !existsSync(dir) || !statSync(dir).isDirectory()) {
    console.error(`realworld: ${given ? `directory "${given}" not found` : "no directory given"}. ` +
      "Usage: npm run test:realworld -- DIR (the folder of real exports, e.g. ../shared/realworld)");
    return 1;
  }
  const files = readdirSync(dir).filter((f) => f.toLowerCase().endsWith(".csv")).sort();
  if (files.length === 0) {
    console.error(`realworld: no .csv files in "${dir}"`);
    return 1;
  }
  let failed = 0;
  let passed = 0;
  for (const suite of SUITES) {
    console.log(`\n# ${suite.name}`);
    for (const { file, findings } of await suite.run(dir, files)) {
      console.log(`\n${file}`);
      if (findings.length === 0) {
        console.log("  FAIL nothing was checked in this file");
        failed++;
      }
      for (const f of findings) {
        console.log(`  ${f.ok ? "ok  " : "FAIL"} ${f.message}`);
        if (f.ok) passed++;
        else failed++;
      }
    }
  }
  console.log(`\n${passed} expectation(s) met, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

if (require.main === module) {
  main().then((code) => process.exit(code), (error: unknown) => {
    console.error(`realworld: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
