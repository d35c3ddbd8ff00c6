/**
 * Run before every suite (jest.config.js): a suite listed in test/excel-api-independent.js runs
 * only at the newest ExcelApi, so reading the run's version from it fails, naming the list.
 */
import path from "node:path";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- shared with jest.config.js, which is CommonJS
const independent = require("./excel-api-independent.js") as readonly string[];

const root = path.join(__dirname, "..");

/** Makes the run's ExcelApi version (`__HOST_EXCEL_API__`) throw when read, if `testPath` is a listed suite. */
export function guardExcelApiVersion(testPath: string, listed: readonly string[] = independent, target: object = globalThis): void {
  const suite = path.relative(root, testPath).split(path.sep).join("/");
  if (!listed.includes(suite)) return;
  Object.defineProperty(target, "__HOST_EXCEL_API__", {
    configurable: true,
    get() {
      throw new Error(
        `${suite} created a test host without maxExcelApi, so it depends on the run's ExcelApi version, ` +
          "but test/excel-api-independent.js lists it as not depending on it (it then runs at one version only): " +
          "remove it from that list, or give the host its version.",
      );
    },
  });
}

const { testPath } = expect.getState();
if (testPath) guardExcelApiVersion(testPath);
