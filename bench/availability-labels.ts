/**
 * Availability and labels benchmark (issues 16 and 17, design.md §28, §29).
 *
 * Availability: check + summary of 100,000 rows with status, available and purchase-value
 * columns, beside the same rows without those three columns (the baseline, printed in the same
 * run): what counting units by class costs.
 *
 * Labels: planLabels over 10,000 unit rows; drawing one Code 128 barcode (PNG, bwip-js in Node);
 * a 500-label PDF (time, size); and the add-in's labels sheet for 600 labels on the strict test
 * host (syncs, largest request against the 5 MB limit), with a picture the size a real one is.
 */
import { checkInventory, LABEL_LAYOUTS, planLabels, summarizeByCategory, type CellValue } from "../src/core";
import { labelsPdf } from "../src/labels/labels-pdf";
import { NodeBarcodes } from "../src/labels/render-node";
import { writeLabelsSheet, type SheetLabel } from "../src/excel";
import { createTestHost } from "../test/host";
import { generateInventory } from "./core";
import { median, timeAll } from "./measure";

const ROWS = 100_000;
/** Columns the generated inventory has: Status is its last (J). */
const STATUS = 9;

/** The generated inventory with an available count and a purchase value beside its status. */
function withAvailability(values: CellValue[][]): CellValue[][] {
  return values.map((row, r) => {
    if (r === 0) return [...row, "Available", "Purchase value"];
    const q = typeof row[2] === "number" ? row[2] : 1;
    return [...row, q > 1 ? Math.floor(q / 2) : "", Math.round(q * 12_345) / 100];
  });
}

/** The same rows without status, available or purchase value (the baseline). */
function withoutAvailability(values: CellValue[][]): CellValue[][] {
  return values.map((row) => row.filter((_, c) => c !== STATUS));
}

function availability(): void {
  const base = generateInventory(ROWS);
  const tracked = withAvailability(base);
  const plain = withoutAvailability(base);
  const timings = timeAll([
    { name: "tracked", run: () => summarizeByCategory(tracked, undefined, checkInventory(tracked)) },
    { name: "plain", run: () => summarizeByCategory(plain, undefined, checkInventory(plain)) },
  ], 5);
  const t = timings.get("tracked")!;
  const p = timings.get("plain")!;
  console.log(`check + summary of ${ROWS.toLocaleString("en-US")} rows (median of 5, each after a forced GC):`);
  console.log(`  with status, available and purchase value: ${t.ms.toFixed(0)} ms (CPU ${t.cpu.toFixed(0)} ms)`);
  console.log(`  baseline, the same rows without them:      ${p.ms.toFixed(0)} ms (CPU ${p.cpu.toFixed(0)} ms); ratio ${(t.ms / p.ms).toFixed(2)}×`);
}

/** 10,000 serialized units with one code each. */
function units(count: number): CellValue[][] {
  const values: CellValue[][] = [["Name", "Qty", "Codes", "Category"]];
  for (let i = 1; i <= count; i++) values.push(["Ski pole", 1, `POLE-${String(i).padStart(5, "0")}`, "Poles"]);
  return values;
}

async function labels(): Promise<void> {
  const values = units(10_000);
  const rows = Array.from({ length: 10_000 }, (_, i) => i + 1);
  const plan = timeAll([{ name: "plan", run: () => planLabels(values, rows) }], 5).get("plan")!;
  console.log(`planLabels, 10,000 rows: ${plan.ms.toFixed(1)} ms`);

  const renderer = new NodeBarcodes();
  const request = { code: "POLE-00001", symbology: "code128" as const, widthMm: 59.5, heightMm: 20, showText: false };
  const draws: number[] = [];
  let picture = await renderer.png(request);
  for (let i = 0; i < 30; i++) {
    const t0 = performance.now();
    picture = await renderer.png({ ...request, code: `POLE-${String(i).padStart(5, "0")}` });
    draws.push(performance.now() - t0);
  }
  console.log(`one Code 128 picture (bwip-js, Node): median ${median(draws).toFixed(1)} ms, ${picture.widthPx}×${picture.heightPx} px, ${(picture.base64.length / 1024).toFixed(1)} kB base64`);

  const plan500 = planLabels(values, rows.slice(0, 500));
  const p0 = performance.now();
  const { file: pdf } = await labelsPdf(plan500, LABEL_LAYOUTS.l7160, { codeLine: true }, renderer);
  console.log(`PDF of 500 labels (L7160, 24 pages): ${((performance.now() - p0) / 1000).toFixed(2)} s, ${(pdf.length / 1024).toFixed(0)} kB`);

  const sheetLabels: SheetLabel[] = plan500.labels.concat(plan500.labels.slice(0, 100)).map((l) => ({ code: l.code, lines: l.lines, picture }));
  const host = createTestHost({ sheets: [{ name: "Stock", values: values.slice(0, 601) }], maxExcelApi: "1.20" });
  host.install();
  host.resetStats();
  const s0 = performance.now();
  const done = await host.Excel.run((context) => writeLabelsSheet(context, sheetLabels, { layout: LABEL_LAYOUTS.l7160, locale: "en-US", sourceName: "Stock" }));
  const ms = performance.now() - s0;
  const largest = Math.max(...host.stats.requests);
  host.uninstall();
  console.log(
    `labels sheet, 600 labels on the test host: ${host.stats.syncs} syncs, ${done.blocks} blocks, largest request ${(largest / 1024).toFixed(0)} kB ` +
      `(limit 5,120 kB), ${ms.toFixed(0)} ms`,
  );
}

export async function run(): Promise<void> {
  availability();
  await labels();
}
