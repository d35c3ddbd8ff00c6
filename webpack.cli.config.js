// Bundles the command line (src/cli + src/core) into dist/cli.js for Node 20: `npm run build:cli`.
// Packages from node_modules (exceljs, papaparse, zod) stay external and are loaded at run time,
// so the bundle is small and exceljs's optional requires are not traced.
const path = require("node:path");

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
  },
  resolve: { extensions: [".ts", ".js", ".json"] },
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
    ({ request }, callback) => {
      const isPackage = request && !request.startsWith(".") && !path.isAbsolute(request);
      return isPackage ? callback(null, `commonjs ${request}`) : callback();
    },
  ],
  optimization: { minimize: false },
  devtool: false,
  performance: { hints: false },
};
