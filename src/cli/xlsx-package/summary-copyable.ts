/** Whether the summary sheet can be added to a package part by part (summary-into-package.ts). */
import type { NotCopyable, XlsxPackage } from "./package-types";

/**
 * Why adding the summary to this package must take the whole-workbook path (e.g. a summary sheet
 * of ours already there, which a rerun replaces; a styles part this writer cannot extend), or null.
 */
export function summaryNotCopyable(pkg: XlsxPackage): NotCopyable | null {
  void pkg;
  return { fallback: "not built yet" };
}
