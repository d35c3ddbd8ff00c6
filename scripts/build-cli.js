// Builds dist/cli.js when it is missing or stale (bin/bundle-state.js), with webpack.cli.config.js.
//   node scripts/build-cli.js            the bundle test and the start-up bench: a failed build fails
//   node scripts/build-cli.js --install  npm's `prepare` (npm install / npm ci): never fails the install.
// An install without dev dependencies (`npm install --omit=dev`) has no webpack: the bundle is then
// not built, and bin/inventory-rows.js says so when it is run without one.
"use strict";
const { spawnSync } = require("node:child_process");
const path = require("node:path");
const { bundleIsCurrent } = require("../bin/bundle-state");

const root = path.join(__dirname, "..");
const install = process.argv.includes("--install");

function webpackCli() {
  try {
    return require.resolve("webpack-cli/bin/cli.js", { paths: [root] });
  } catch {
    return undefined;
  }
}

function main() {
  if (bundleIsCurrent()) return 0;
  const cli = webpackCli();
  if (!cli) {
    console.error("inventory-rows: webpack is not installed (no dev dependencies), so dist/cli.js is not built");
    return install ? 0 : 1;
  }
  const build = spawnSync(process.execPath, [cli, "--config", "webpack.cli.config.js", "--stats", "errors-warnings"], { cwd: root, stdio: "inherit" });
  if (build.status === 0 && bundleIsCurrent()) return 0;
  console.error("inventory-rows: building dist/cli.js failed; `npm run build:cli` shows why (until then the command runs from the TypeScript source)");
  return install ? 0 : 1;
}

process.exitCode = main();
