// The app and adapter suites that do not depend on the ExcelApi version of the run: none of
// their tests creates a test host without `maxExcelApi` (the only place the run's version is
// read, test/host/host.ts), so running them again at the older versions repeats the same run.
// They leave the older projects of jest.config.js; in the main run test/excel-api-guard.ts fails
// any of them that reads the run's version, so a suite that starts to depend on it must leave
// this list. Found by running every app and adapter suite with a guard on that read.
"use strict";

module.exports = [
  "test/app/change-plan.test.ts",
  "test/app/culture-check.test.ts",
  "test/app/entry-rules-faults.test.ts",
  "test/app/entry-rules-protect.test.ts",
  "test/app/entry-rules-remove.test.ts",
  "test/app/error-message.test.ts",
  "test/app/labels.test.ts",
  "test/app/marks-faults.test.ts",
  "test/app/marks-property.test.ts",
  "test/app/marks-versions.test.ts",
  "test/app/marks-writes.test.ts",
  "test/app/marks.test.ts",
  "test/app/notice-dialog.test.ts",
  "test/app/office-only-in-excel.test.ts",
  "test/excel/addresses.test.ts",
  "test/excel/change-layout.test.ts",
  "test/excel/entry-rules-scan.test.ts",
  "test/excel/errors.test.ts",
  "test/excel/excel-culture.test.ts",
  "test/excel/issues-export-sheet.test.ts",
  "test/excel/labels-sheet.test.ts",
  "test/excel/marks-adapter.test.ts",
  "test/excel/messages.test.ts",
  "test/excel/neighbours.test.ts",
  "test/excel/reselect.test.ts",
  "test/excel/undo-groups.test.ts",
  "test/excel/write-transaction.test.ts",
];
