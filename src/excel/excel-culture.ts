/**
 * The culture Excel reads numbers in (docs/design.md §23): with ExcelApi 1.11 the culture's name
 * (`Application.cultureInfo.name`) and Excel's own separators (`Application.decimalSeparator` /
 * `thousandsSeparator`, which follow a user who turned off "Use system separators"); below it the
 * editing language (`Office.context.contentLanguage`). Read once per session, in the first read's
 * sync; the result is a locale tag for `settings.locale` (`cultureTag`).
 */
import { cultureTag, DEFAULT_LOCALE } from "../core";
import { isExcelApiSupported } from "./office-run";

/** Per Office runtime (a new `Office` is a new session, as in the test host); outside Office, one for the module. */
const known = new WeakMap<object, string>();
const noOffice = {};

function sessionKey(): object {
  return typeof Office === "undefined" ? noOffice : Office;
}

/** The editing language as a locale tag; en-US when Office has none or it is no tag. */
function contentLanguage(): string {
  try {
    return cultureTag(Office.context.contentLanguage, "", "");
  } catch {
    return DEFAULT_LOCALE;
  }
}

/**
 * Queues what it takes to learn Excel's culture, unless this session knows it already (then it
 * queues nothing); call the result after the sync for the locale tag.
 *
 * @example const culture = queueExcelCulture(context); await context.sync(); culture() // "fi-FI"
 */
export function queueExcelCulture(context: Excel.RequestContext): () => string {
  const key = sessionKey();
  const cached = known.get(key);
  if (cached !== undefined) return () => cached;
  if (!isExcelApiSupported("1.11")) {
    return () => remember(key, contentLanguage());
  }
  const application = context.workbook.application.load("decimalSeparator,thousandsSeparator");
  const culture = application.cultureInfo.load("name");
  return () => remember(key, cultureTag(culture.name, application.decimalSeparator, application.thousandsSeparator));
}

function remember(key: object, tag: string): string {
  known.set(key, tag);
  return tag;
}
