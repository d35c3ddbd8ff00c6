/**
 * Office.js is called only in src/excel (the README's layering): an ESLint rule holds it for
 * src/app. ESLint loads its flat config as an ES module, which jest's CommonJS runtime cannot,
 * so the linter runs in a child Node process.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";

const root = join(__dirname, "../..");

/** A src/app file that names Office.js's context type, calls Office.js three ways, and passes a context on (allowed). */
const probe = `
import { readInventory } from "../excel";
export async function read(context: Excel.RequestContext) {
  context.workbook.worksheets.getActiveWorksheet().activate();
  await Excel.run(async () => undefined);
  if (Office.context.requirements.isSetSupported("ExcelApi", "1.20")) return readInventory(context);
  return undefined;
}
`;

interface Linted {
  probe: { line: number; ruleId: string | null; message: string }[];
  files: { file: string; line: number; ruleId: string | null }[];
}

function lint(): Linted {
  const script = `
    const { ESLint } = require("eslint");
    (async () => {
      const eslint = new ESLint({ cwd: ${JSON.stringify(root)} });
      const [probe] = await eslint.lintText(${JSON.stringify(probe)}, { filePath: "src/app/probe.ts" });
      const files = await eslint.lintFiles(["src/app"]);
      process.stdout.write(JSON.stringify({
        probe: probe.messages.map(({ line, ruleId, message }) => ({ line, ruleId, message })),
        files: files.flatMap((f) => f.messages.map(({ line, ruleId }) => ({ file: f.filePath, line, ruleId }))),
      }));
    })().catch((error) => { console.error(error); process.exit(1); });
  `;
  return JSON.parse(execFileSync(process.execPath, ["-e", script], { cwd: root, encoding: "utf8" })) as Linted;
}

test("ESLint rejects Office.js types and Excel., Office. and context. calls in src/app, and src/app has none", () => {
  const { probe: found, files } = lint();
  const calls = found.filter((m) => m.ruleId === "no-restricted-syntax");
  // Excel.RequestContext, context.workbook…, Excel.run, Office.context…: each line once; the pass-through is fine.
  expect(calls.map((m) => m.line)).toEqual([3, 4, 5, 6]);
  expect(calls[0].message.startsWith("src/app names no Office.js type")).toBe(true);
  expect(calls.slice(1).every((m) => m.message.startsWith("src/app makes no Office.js call"))).toBe(true);
  expect(files.filter((m) => m.ruleId === "no-restricted-syntax")).toEqual([]);
}, 60_000);
