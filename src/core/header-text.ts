/**
 * Header text as compared and as shown. Its own file so the settings (which compare the
 * mapping's header texts) and the header detection both use it without importing each other.
 */
import type { CellValue } from "./types";

/** Header text as compared: BOM removed, trimmed, lower case, no spaces/underscores/hyphens. */
export function headerKey(value: CellValue): string {
  if (typeof value !== "string" && typeof value !== "number") return "";
  return String(value).replace(/\uFEFF/g, "").trim().toLowerCase().replace(/[\s_\-\u2010-\u2015]+/g, "");
}

/** Header text as shown: BOM removed, trimmed. */
export function headerText(value: CellValue): string {
  if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") return "";
  return String(value).replace(/\uFEFF/g, "").trim();
}
