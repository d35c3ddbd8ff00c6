/**
 * The app and adapter suites listed as not depending on the ExcelApi version run at one version
 * only (jest.config.js); the guard makes a listed suite that does depend on it fail.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { guardExcelApiVersion } from "../excel-api-guard";
import { createTestHost } from "../host";

const root = path.join(__dirname, "../..");
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS, as jest reads it
const independent = require("../excel-api-independent.js") as string[];
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS, as jest reads it
const config = require("../../jest.config.js") as { projects: { displayName: string; testPathIgnorePatterns: string[] }[] };

const ignoredIn = (project: { testPathIgnorePatterns: string[] }, file: string) =>
  project.testPathIgnorePatterns.some((p) => new RegExp(p.replace("<rootDir>", root)).test(path.join(root, file)));

test("every listed suite exists among the app and adapter suites", () => {
  expect(independent.length).toBeGreaterThan(0);
  for (const file of independent) {
    expect(file).toMatch(/^test\/(app|excel)\/[\w-]+\.test\.ts$/);
    expect(existsSync(path.join(root, file))).toBe(true);
  }
});

test("the older ExcelApi projects leave out exactly the listed suites", () => {
  const older = config.projects.filter((p) => p.displayName.startsWith("ExcelApi "));
  expect(older.map((p) => p.displayName)).toEqual(["ExcelApi 1.9", "ExcelApi 1.14", "ExcelApi 1.17"]);
  for (const project of older) {
    for (const file of independent) expect(ignoredIn(project, file)).toBe(true);
    for (const file of ["test/app/fixes.test.ts", "test/app/serialize.test.ts", "test/excel/read-inventory.test.ts", "test/app/xmarks.test.ts"]) {
      expect(ignoredIn(project, file)).toBe(false);
    }
  }
  expect(ignoredIn(config.projects[0], independent[0])).toBe(false);
});

test("a listed suite that creates a host without maxExcelApi fails, naming the list; one that gives the version does not", () => {
  const listed = path.join(root, independent[0]);
  guardExcelApiVersion(listed);
  try {
    expect(() => createTestHost()).toThrow(`${independent[0]} created a test host without maxExcelApi`);
    expect(() => createTestHost()).toThrow("test/excel-api-independent.js");
    expect(() => createTestHost({ maxExcelApi: "1.9" })).not.toThrow();
  } finally {
    delete (globalThis as { __HOST_EXCEL_API__?: unknown }).__HOST_EXCEL_API__;
  }
  expect(() => createTestHost()).not.toThrow();
});

test("a suite not listed reads the run's version as before", () => {
  const target: { __HOST_EXCEL_API__?: string } = { __HOST_EXCEL_API__: "1.14" };
  guardExcelApiVersion(path.join(root, "test/app/fixes.test.ts"), independent, target);
  expect(target.__HOST_EXCEL_API__).toBe("1.14");
});
