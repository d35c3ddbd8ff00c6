// Whether dist/cli.js is current, for bin/inventory-rows.js (which runs it only then), the
// `prepare` build, the bundle test and `npm run bench -- start`. The bundle is current when it
// is newer than everything it is built from: the files under src/cli and src/core, its webpack
// config, and the packages copied into it (a reinstalled package has a newer package.json).
// Walking the sources costs about 10 ms of each start (docs/design.md §21).
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const root = path.join(__dirname, "..");
const bundle = path.join(root, "dist", "cli.js");

/** Packages webpack.cli.config.js copies into the bundle instead of loading them at run time. */
const BUNDLED_PACKAGES = ["zod", "intl-messageformat", "@formatjs/icu-messageformat-parser", "@formatjs/icu-skeleton-parser", "@formatjs/fast-memoize", "tslib"];

const mtime = (file) => fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0;

/** Newest modification time of what the bundle is built from (0 for a missing part: a package has no src/). */
function newestInput(base = root) {
  let newest = Math.max(mtime(path.join(base, "webpack.cli.config.js")), ...BUNDLED_PACKAGES.map((name) => mtime(path.join(base, "node_modules", name, "package.json"))));
  for (const dir of ["src/cli", "src/core"]) {
    let entries = [];
    try {
      entries = fs.readdirSync(path.join(base, dir), { recursive: true, withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) if (entry.isFile()) newest = Math.max(newest, mtime(path.join(entry.parentPath ?? entry.path, entry.name)));
  }
  return newest;
}

/** True when dist/cli.js exists and is at least as new as everything it is built from. */
function bundleIsCurrent(base = root) {
  const built = mtime(path.join(base, "dist", "cli.js"));
  return built > 0 && built >= newestInput(base);
}

module.exports = { bundle, BUNDLED_PACKAGES, bundleIsCurrent };
