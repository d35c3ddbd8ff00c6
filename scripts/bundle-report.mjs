// Prints the size of every file `npm run build` wrote to dist/, raw and gzipped (what the
// pane downloads), and where the manifest points. Run after webpack: `node scripts/bundle-report.mjs`.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const dist = join(fileURLToPath(new URL(".", import.meta.url)), "..", "dist");

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

let files;
try {
  files = filesUnder(dist);
} catch {
  console.error("No dist/ folder: run `npm run build` first.");
  process.exit(1);
}

const rows = files
  .filter((file) => !file.endsWith(".map"))
  .map((file) => {
    const bytes = readFileSync(file);
    return { name: relative(dist, file), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  })
  .sort((a, b) => b.raw - a.raw);

const icons = rows.filter((row) => row.name.startsWith("assets/"));
const shown = [
  ...rows.filter((row) => !row.name.startsWith("assets/")),
  ...(icons.length > 0
    ? [{ name: `assets/ (${icons.length} icons)`, raw: icons.reduce((s, r) => s + r.raw, 0), gzip: icons.reduce((s, r) => s + r.gzip, 0) }]
    : []),
];
const width = Math.max(...shown.map((row) => row.name.length), 5);

console.log("\nBundle size (dist/)");
console.log(`${"file".padEnd(width)}  ${"raw".padStart(10)}  ${"gzipped".padStart(10)}`);
for (const row of shown) console.log(`${row.name.padEnd(width)}  ${kb(row.raw).padStart(10)}  ${kb(row.gzip).padStart(10)}`);
const code = rows.filter((row) => /\.(js|css|html)$/.test(row.name));
console.log(
  `${"pane total (js+html)".padEnd(width)}  ${kb(code.reduce((s, r) => s + r.raw, 0)).padStart(10)}  ${kb(code.reduce((s, r) => s + r.gzip, 0)).padStart(10)}`,
);
const maps = files.filter((file) => file.endsWith(".map")).length;
if (maps > 0) console.log(`(${maps} source map${maps === 1 ? "" : "s"} alongside, not downloaded by users)`);

const manifest = readFileSync(join(dist, "manifest.xml"), "utf8");
const origin = /<SourceLocation DefaultValue="([^"]+)"/.exec(manifest)?.[1] ?? "(no SourceLocation)";
console.log(`\ndist/manifest.xml loads the pane from ${origin}`);
if (origin.startsWith("https://localhost:")) {
  console.log("To publish, build with ADDIN_PUBLIC_URL=https://your.host/path npm run build");
}
