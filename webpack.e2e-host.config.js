// Bundles the strict Office.js test host (test/host) for the browser, so the e2e tests can
// serve it in place of Microsoft's office.js CDN script;
// the production build in dist/ is never touched. Built by scripts/e2e-build-host.js.
// Output goes under test-artifacts/ (git-ignored and eslint-ignored), not a new top-level folder.
const path = require("node:path");

/** @type {import('webpack').Configuration} */
module.exports = {
  mode: "development",
  // No eval-wrapped modules: the bundle is served as one classic <script> from a routed URL.
  devtool: false,
  target: ["web", "es2020"],
  entry: path.resolve(__dirname, "test/e2e/browser/office-host-entry.ts"),
  output: {
    path: path.resolve(__dirname, "test-artifacts", "e2e-host"),
    filename: "office-host.js",
    clean: true,
  },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: {
          loader: "swc-loader",
          options: {
            jsc: { parser: { syntax: "typescript", tsx: true }, target: "es2020" },
          },
        },
      },
    ],
  },
  performance: { hints: false },
  stats: "errors-warnings",
};
