/** @type {import('jest').Config} */
const base = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // The browser tests run with `npm run test:e2e` (they need a build and Chromium).
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
  // intl-messageformat, react-intl and their FormatJS parts ship ES modules only: transform them like our code.
  transformIgnorePatterns: ["/node_modules/(?!(intl-messageformat|@formatjs|tslib|react-intl)/)"],
  transform: {
    "^.+\\.(t|j)sx?$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", tsx: true },
          transform: { react: { runtime: "automatic" } },
          target: "es2022",
        },
        module: { type: "commonjs" },
      },
    ],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  // A guard against hangs, not a speed limit: CLI tests write real workbooks, and a loaded
  // two-core machine once took more than the default 5 s for one.
  testTimeout: 20_000,
  setupFilesAfterEnv: ["<rootDir>/test/excel-api-guard.ts"],
};

/**
 * Every suite runs with a test host at ExcelApi 1.20. The app and adapter suites run again at
 * the older versions the add-in supports (README, "Supported Excel versions"): 1.9 (the
 * manifest's minimum), 1.14 (Office 2021) and 1.17 (Office 2024). A host seeded without
 * `maxExcelApi` takes the project's version; tests about one version seed it themselves. The
 * suites that never take it (test/excel-api-independent.js, held by test/excel-api-guard.ts)
 * would repeat the same run, so they run once.
 */
const olderExcelApis = ["1.9", "1.14", "1.17"];
const independentOfExcelApi = require("./test/excel-api-independent.js");
/** A path pattern for jest that matches `file` only (dots and other regex characters escaped). */
const exactly = (file) => `<rootDir>/${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`;

module.exports = {
  // testTimeout is a global option: inside a project entry jest ignores it (a loaded machine
  // then hit the default 5 s in a CLI test).
  testTimeout: base.testTimeout,
  projects: [
    { ...base, displayName: "unit" },
    ...olderExcelApis.map((version) => ({
      ...base,
      displayName: `ExcelApi ${version}`,
      testMatch: ["<rootDir>/test/app/**/*.test.ts", "<rootDir>/test/excel/**/*.test.ts"],
      testPathIgnorePatterns: [...base.testPathIgnorePatterns, ...independentOfExcelApi.map(exactly)],
      globals: { __HOST_EXCEL_API__: version },
    })),
  ],
};
