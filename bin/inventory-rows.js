#!/usr/bin/env node
// The `inventory-rows` command. Runs the bundle made by `npm run build:cli` (dist/cli.js);
// in a development checkout without that bundle, or with a bundle older than the sources it
// was built from, it runs the TypeScript source through tsx (a dev dependency), so
// `npx inventory-rows …` runs the code that is checked out, right after `npm install` or `git pull`.
// INVENTORY_ROWS_SOURCE=1 forces the TypeScript source (the tests use it).
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const root = path.join(__dirname, "..");
const bundle = path.join(root, "dist", "cli.js");

/** Newest modification time of the .ts files the bundle is built from (0 when there is no src/, as in a package). */
function newestSource() {
  let newest = 0;
  for (const dir of ["src/cli", "src/core"]) {
    let entries;
    try {
      entries = fs.readdirSync(path.join(root, dir), { recursive: true });
    } catch {
      continue;
    }
    for (const name of entries) {
      if (String(name).endsWith(".ts")) newest = Math.max(newest, fs.statSync(path.join(root, dir, String(name))).mtimeMs);
    }
  }
  return newest;
}

function bundleIsCurrent() {
  if (process.env.INVENTORY_ROWS_SOURCE === "1" || !fs.existsSync(bundle)) return false;
  return fs.statSync(bundle).mtimeMs >= newestSource();
}

let cli;
if (bundleIsCurrent()) {
  cli = require(bundle);
} else {
  let tsx;
  try {
    tsx = require("tsx/cjs/api");
  } catch {
    process.stderr.write("inventory-rows: dist/cli.js is missing or older than src/; run `npm run build:cli` first\n");
    process.exit(2);
  }
  cli = tsx.require("../src/cli/bin.ts", __filename);
}
cli.run();
