// Stands in for the "exceljs" package inside dist/cli.js only (webpack.cli.config.js points the
// package's name here). Loading exceljs takes about 300 ms, more than the rest of the command
// line together, and `--help` or a check of a .csv never uses it: the package is required the
// first time code reads a member (`new ExcelJS.Workbook()`, `ExcelJS.ValueType`). The TypeScript
// source (tsx, jest) imports the real package directly.
"use strict";

let loaded;
const exceljs = () => (loaded ??= require("exceljs"));

module.exports = new Proxy(
  {},
  {
    // webpack asks whether a CommonJS module is an ES module when it is imported: answer without loading.
    get: (_, key) => (key === "__esModule" ? false : Reflect.get(exceljs(), key)),
    has: (_, key) => Reflect.has(exceljs(), key),
    ownKeys: () => Reflect.ownKeys(exceljs()),
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(exceljs(), key);
      // A proxy may not report a property of the real module as non-configurable on its own empty target.
      return descriptor && { ...descriptor, configurable: true };
    },
  },
);
