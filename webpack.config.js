// webpack 5 build of the task pane (which also hosts the ribbon commands: shared runtime).
//   npm run build      production: minified, no source map published, manifest URLs → ADDIN_PUBLIC_URL
//   npm run build:dev  development bundle in dist/
//   npm run dev-server HTTPS on https://localhost:3000 with the office-addin-dev-certs certificates
"use strict";

const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
// webpack's own minimizer package, resolved from webpack so we do not depend on npm's hoisting.
const MinimizerPlugin = require(require.resolve("minimizer-webpack-plugin", { paths: [require.resolve("webpack")] }));
const { DEV_ORIGIN, publicUrlFromEnv, rewriteManifest } = require("./scripts/public-url");

const PORT = 3000;
const certDir = path.join(os.homedir(), ".office-addin-dev-certs");

/** Reads the dev certificates made by office-addin-dev-certs; exits with the fix when missing. */
function httpsOptions() {
  const files = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };
  const missing = Object.values(files).filter((name) => !fs.existsSync(path.join(certDir, name)));
  if (missing.length > 0) {
    console.error(
      `No HTTPS certificate for localhost (missing ${missing.join(", ")} in ${certDir}).\n` +
        "Run `npm start` (it creates them), or `npx office-addin-dev-certs install`.",
    );
    process.exit(1);
  }
  return Object.fromEntries(Object.entries(files).map(([key, name]) => [key, fs.readFileSync(path.join(certDir, name))]));
}

/**
 * Origins the dev server answers cross-origin requests from: its own, and the hosts Office runs
 * add-ins under (Excel on the web, Microsoft 365, SharePoint). Never `*` (docs/security.md).
 */
const OFFICE_ORIGINS = [
  /^https:\/\/([a-z0-9-]+\.)*officeapps\.live\.com$/,
  /^https:\/\/([a-z0-9-]+\.)*office\.com$/,
  /^https:\/\/([a-z0-9-]+\.)*office365\.com$/,
  /^https:\/\/([a-z0-9-]+\.)*cloud\.microsoft$/,
  /^https:\/\/([a-z0-9-]+\.)*sharepoint\.com$/,
];

/** The CORS headers for a request from `origin`: the origin echoed when Office uses it, else none. */
function corsHeaders(origin) {
  if (typeof origin !== "string") return {};
  if (origin !== DEV_ORIGIN && !OFFICE_ORIGINS.some((pattern) => pattern.test(origin))) return {};
  return { "Access-Control-Allow-Origin": origin, Vary: "Origin" };
}

/** The public URL for a production manifest; exits with a plain message when it is not https. */
function productionUrl() {
  try {
    return publicUrlFromEnv(process.env.ADDIN_PUBLIC_URL);
  } catch (error) {
    console.error(`Build stopped: ${error.message}`);
    process.exit(1);
  }
}

module.exports = (_env, argv) => {
  const production = argv.mode === "production";
  const serving = Boolean(process.env.WEBPACK_SERVE);
  const publicUrl = production ? productionUrl() : undefined;

  return {
    mode: production ? "production" : "development",
    entry: { taskpane: "./src/taskpane/index.tsx" },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      publicPath: "auto",
      // dist/cli.js is the command line's bundle (npm run build:cli): the add-in build must not delete it.
      clean: { keep: /^cli\.js$/ },
    },
    // No source map is published with the production bundle (it would hand out the sources);
    // development maps are not eval-based, so the pane's Content-Security-Policy holds there too.
    devtool: production ? false : "cheap-module-source-map",
    resolve: { extensions: [".tsx", ".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.[jt]sx?$/,
          exclude: /node_modules/,
          use: {
            loader: "swc-loader",
            options: {
              jsc: {
                parser: { syntax: "typescript", tsx: true },
                transform: { react: { runtime: "automatic", development: !production } },
                // Office runs add-ins in WebView2 (Windows), WKWebView (Mac) or a current browser.
                target: "es2020",
              },
            },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        template: "./src/taskpane/taskpane.html",
        filename: "taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (publicUrl ? rewriteManifest(content.toString(), publicUrl) : content),
          },
        ],
      }),
    ],
    optimization: {
      // swc minifies several times faster than terser on this 2-core machine, with similar output.
      minimizer: [new MinimizerPlugin({ minify: MinimizerPlugin.swcMinify, extractComments: false })],
    },
    // `npm run build` prints raw and gzipped sizes itself (scripts/bundle-report.mjs).
    performance: { hints: false },
    stats: production ? "errors-warnings" : "minimal",
    devServer: serving
      ? {
          port: PORT,
          host: "localhost",
          server: { type: "https", options: httpsOptions() },
          headers: (req) => corsHeaders(req.headers.origin),
          static: false,
          hot: false,
          client: { overlay: { errors: true, warnings: false, runtimeErrors: false } },
        }
      : undefined,
    infrastructureLogging: { level: "warn" },
  };
};

module.exports.DEV_ORIGIN = DEV_ORIGIN;
module.exports.corsHeaders = corsHeaders;
module.exports.PORT = PORT;
module.exports.certDir = certDir;
