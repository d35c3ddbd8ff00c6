#!/usr/bin/env node
// The `inventory-rows` command. Runs the bundle dist/cli.js, which `npm install` builds (the
// `prepare` script) and `npm run build:cli` rebuilds; in a development checkout without that
// bundle, or with a bundle older than what it is built from (bin/bundle-state.js), it runs the
// TypeScript source through tsx (a dev dependency), so `npx inventory-rows …` runs the code that
// is checked out, right after `git pull`: slower (seconds to start), never stale.
// INVENTORY_ROWS_SOURCE=1 forces the TypeScript source (the tests use it).
"use strict";
const { bundle, bundleIsCurrent } = require("./bundle-state");

let cli;
if (process.env.INVENTORY_ROWS_SOURCE !== "1" && bundleIsCurrent()) {
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
