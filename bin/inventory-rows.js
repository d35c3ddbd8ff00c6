#!/usr/bin/env node
// The `inventory-rows` command. Runs the bundle made by `npm run build:cli` (dist/cli.js);
// in a development checkout without that bundle it runs the TypeScript source through tsx
// (a dev dependency), so `npx inventory-rows …` works right after `npm install`.
// INVENTORY_ROWS_SOURCE=1 forces the TypeScript source (the tests use it, so a stale bundle
// cannot hide a change).
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const bundle = path.join(__dirname, "..", "dist", "cli.js");
let cli;
if (fs.existsSync(bundle) && process.env.INVENTORY_ROWS_SOURCE !== "1") {
  cli = require(bundle);
} else {
  let tsx;
  try {
    tsx = require("tsx/cjs/api");
  } catch {
    process.stderr.write("inventory-rows: dist/cli.js is missing; run `npm run build:cli` first\n");
    process.exit(2);
  }
  cli = tsx.require("../src/cli/bin.ts", __filename);
}
cli.run();
