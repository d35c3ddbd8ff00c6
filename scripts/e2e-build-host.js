#!/usr/bin/env node
// Builds test-artifacts/e2e-host/office-host.js: the strict test host bundled for the browser (see
// webpack.e2e-host.config.js). Used by the e2e global setup; runnable on its own too.
const path = require("node:path");
const webpack = require("webpack");

/** Runs webpack with the e2e host config; resolves with the bundle path, rejects with the errors. */
function buildE2eHost() {
  const config = require(path.resolve(__dirname, "..", "webpack.e2e-host.config.js"));
  return new Promise((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats.hasErrors()) {
        const { errors } = stats.toJson({ all: false, errors: true });
        return reject(new Error(`Bundling the test host failed:\n${errors.map((e) => e.message).join("\n")}`));
      }
      resolve(path.join(config.output.path, config.output.filename));
    });
  });
}

module.exports = { buildE2eHost };

if (require.main === module) {
  buildE2eHost().then(
    (file) => console.log(`e2e host bundle: ${path.relative(process.cwd(), file)}`),
    (error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
