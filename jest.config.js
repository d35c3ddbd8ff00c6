/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // The browser tests run with `npm run test:e2e` (they need a build and Chromium).
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
  // intl-messageformat and its FormatJS parts ship ES modules only: transform them like our code.
  transformIgnorePatterns: ["/node_modules/(?!(intl-messageformat|@formatjs|tslib)/)"],
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
};
