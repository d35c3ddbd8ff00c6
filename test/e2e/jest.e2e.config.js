// `npm run test:e2e`: the production build in headless Chromium, driving the strict Office.js
// test host. One file at a time (the machine has 2 cores; each file starts its own browser).
const path = require("node:path");
// The unit config's first project holds the shared transform settings.
const base = require("../../jest.config.js").projects[0];

/** @type {import('jest').Config} */
module.exports = {
  rootDir: path.resolve(__dirname, "..", ".."),
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.test.ts"],
  transform: base.transform,
  transformIgnorePatterns: base.transformIgnorePatterns,
  moduleFileExtensions: base.moduleFileExtensions,
  globalSetup: "<rootDir>/test/e2e/support/global-setup.ts",
  maxWorkers: 1,
  testTimeout: 90_000,
  slowTestThreshold: 30,
};
