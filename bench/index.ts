/**
 * `npm run bench`: runs every benchmark section in turn. A section is a module
 * exporting `run(): Promise<void> | void`; add one import and one list entry.
 * `npm run bench -- core` runs only the sections whose name contains "core".
 */
import * as core from "./core";
import * as excel from "./excel";
import * as cli from "./cli";
import * as start from "./start";
import * as stocktake from "./stocktake";
import * as availabilityLabels from "./availability-labels";
import * as marks from "./marks";

interface Section {
  name: string;
  run(): Promise<void> | void;
}

const sections: Section[] = [
  { name: "core", run: core.run },
  { name: "excel", run: excel.run },
  { name: "live", run: excel.runLive },
  { name: "cli", run: cli.run },
  { name: "start", run: start.run },
  { name: "stocktake", run: stocktake.run },
  { name: "availability-labels", run: availabilityLabels.run },
  { name: "marks", run: marks.run },
];

async function main(): Promise<void> {
  const only = process.argv.slice(2).filter((a) => !a.startsWith("-"));
  for (const section of sections) {
    if (only.length > 0 && !only.some((o) => section.name.includes(o))) continue;
    console.log(`\n## ${section.name}`);
    await section.run();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
