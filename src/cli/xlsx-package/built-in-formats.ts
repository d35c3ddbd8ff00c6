/**
 * Excel's built-in number formats by id (ECMA-376 Part 1, §18.8.30), spelled as exceljs 4.4 gives
 * them as `cell.numFmt` when it loads a workbook: only the ones that are the same in every locale
 * (exceljs names no others). Kept here rather than imported from exceljs's internals so the
 * bundled command line loads exceljs only when it reads a workbook (webpack.cli.config.js).
 */
export const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00",
  9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?", 13: "# ??/??",
  14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy",
  18: "h:mm AM/PM", 19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss", 22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00 ;(#,##0.00)", 40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0", 49: "@",
};
