/**
 * The pane in another language: Office's display language taken from the seeded culture, and
 * the checks a translated pane must pass at 320 px (nothing wider than its box, no English left).
 */
import type { BrowserContext, Page } from "playwright-core";

/**
 * From now on, every page of `context` gets `Office.context.displayLanguage` = its seed's culture
 * name (`fi-FI`), as Excel in Finnish reports it. The host itself always says en-US; the setter
 * runs when the host bundle (served as office.js) installs `Office`, before the pane's bundle reads it.
 */
export async function displayLanguageFromCulture(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const page = window as unknown as { __hostSeed?: { culture?: { name?: string } } };
    let office: { context?: { displayLanguage?: string } } | undefined;
    Object.defineProperty(window, "Office", {
      configurable: true,
      enumerable: true,
      get: () => office,
      set: (value: typeof office) => {
        office = value;
        const name = page.__hostSeed?.culture?.name;
        if (name && value?.context) value.context.displayLanguage = name;
      },
    });
  });
}

export interface Overflow {
  text: string;
  className: string;
  tag: string;
  scrollWidth: number;
  clientWidth: number;
}

/**
 * Visible elements whose content is wider than their box (1 px allowed for rounding). Left out:
 * scroll regions (overflow-x auto/scroll: the user scrolls them, nothing is cut) and the
 * visually hidden text for screen readers (clipped to 1 px on purpose).
 */
export function overflowingElements(page: Page): Promise<Overflow[]> {
  return page.evaluate(() => {
    const srOnly = (element: Element) => {
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      return (style.clip !== "auto" && style.position === "absolute") || (style.clipPath !== "none" && box.width <= 1);
    };
    const hiddenForScreenReaders = (element: Element | null): boolean =>
      element !== null && (srOnly(element) || hiddenForScreenReaders(element.parentElement));
    return Array.from(document.body.querySelectorAll<HTMLElement>("*"))
      .filter((element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== "hidden")
      .filter((element) => element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0)
      .filter((element) => !["auto", "scroll"].includes(getComputedStyle(element).overflowX))
      .filter((element) => !hiddenForScreenReaders(element))
      .map((element) => ({
        text: (element.innerText || element.textContent || "").trim().slice(0, 120),
        className: typeof element.className === "string" ? element.className : "",
        tag: element.tagName.toLowerCase(),
        scrollWidth: element.scrollWidth,
        clientWidth: element.clientWidth,
      }));
  });
}

/** Words the pane says in English; none may be left in a translated pane's visible text. */
export const ENGLISH_UI_WORDS = [
  "Check", "Checked", "Settings", "Serialize", "Aggregate", "Summary", "Find", "rows", "row", "Fix", "Cancel",
  "Preview", "selection", "Merge", "merged", "Done", "Save", "Sheet", "sheet", "valid", "invalid", "units",
  "errors", "warnings", "Build", "category", "Category", "Record", "Column", "Detected", "Undo", "Language",
  "Automatic", "Quantity", "Stock", "codes", "Income", "Expense", "Net", "Margin", "Total", "the", "and", "of",
  "to", "is", "not", "with", "was", "were", "again", "serialized", "aggregated", "data", "Close", "Dismiss",
  "summary", "categories", "counted", "excluded", "differs", "from", "into", "new", "AM", "PM",
];

/**
 * The English UI words that appear as whole words in the visible text of the pane's `<main>`,
 * with the text around each; `own` lists texts that are the user's (sheet names, headers,
 * codes, cell text), product names and rule ids, which are removed first.
 */
export async function englishWordsShown(page: Page, own: readonly string[]): Promise<string[]> {
  let text = await page.locator("main").innerText();
  for (const kept of [...own, "Inventory Rows", "Excel"].sort((a, b) => b.length - a.length)) {
    text = text.split(kept).join(" ");
  }
  // Rule ids (`quantity-not-a-number`) are kept as they are in every language.
  text = text.replace(/(?<!\p{L})[a-z]+(?:-[a-z]+)+(?!\p{L})/gu, " ");
  const found: string[] = [];
  for (const word of ENGLISH_UI_WORDS) {
    // Whole words: no letter (of any script) directly before or after.
    const match = new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, "u").exec(text);
    if (match) found.push(`${word} in "…${text.slice(Math.max(0, match.index - 30), match.index + word.length + 30)}…"`);
  }
  return found;
}
