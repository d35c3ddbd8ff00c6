// Bundles the command line (src/cli + src/core) into ONE file, dist/cli.js, for Node 20:
// `npm run build:cli`, and `npm install` through the `prepare` script. What it does for start-up
// time (docs/design.md §21; `npm run bench -- start` measures it):
// - zod and the ICU message formatter are bundled in: they are loaded on every start, and
//   one file with their used parts loads faster than Node resolving their many files.
// - exceljs stays an external package and is loaded on first use (src/cli/exceljs-on-demand.cjs),
//   so `--help` and a .csv or .json check never pay for it; its optional requires are not traced.
// - Other packages (papaparse, iconv-lite) stay external: small, loaded at run time.
const path = require("node:path");

// The packages copied into the bundle; bin/ rebuilds it when one of them is reinstalled.
const { BUNDLED_PACKAGES } = require("./bin/bundle-state");

const onDemand = path.resolve(__dirname, "src/cli/exceljs-on-demand.cjs");

const isPackage = (request) => Boolean(request) && !request.startsWith(".") && !path.isAbsolute(request);
/** "zod" for "zod/v4/core", "@formatjs/x" for "@formatjs/x/lib/y". */
const packageOf = (request) => request.split("/").slice(0, request.startsWith("@") ? 2 : 1).join("/");

module.exports = {
  mode: "production",
  target: "node20",
  entry: "./src/cli/bin.ts",
  output: {
    path: path.resolve(__dirname, "dist"),
    filename: "cli.js",
    library: { type: "commonjs2" },
    // dist/ is shared with the add-in build: never wipe it from here.
    clean: false,
    // Write the file even when its content is unchanged: bin/ compares its time with the sources'.
    compareBeforeEmit: false,
  },
  resolve: {
    extensions: [".ts", ".js", ".json"],
    alias: { exceljs$: onDemand },
  },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: "swc-loader",
          options: { jsc: { parser: { syntax: "typescript" }, target: "es2022" } },
        },
      },
    ],
  },
  externals: [
    ({ request, contextInfo }, callback) => {
      // Our code's "exceljs" resolves to the on-demand stand-in (alias above); the stand-in's own is the package.
      if (request === "exceljs" && contextInfo.issuer !== onDemand) return callback();
      return isPackage(request) && !BUNDLED_PACKAGES.includes(packageOf(request)) ? callback(null, `commonjs ${request}`) : callback();
    },
  ],
  // Minified: a tenth of a megabyte less to read and compile at every start (design.md §21).
  optimization: { minimize: true },
  devtool: false,
  performance: { hints: false },
};


