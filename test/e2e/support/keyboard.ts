/** Keyboard-only driving: Tab to a control, arrows along the tab list, and a full Tab walk. */
import type { Locator, Page } from "playwright-core";

const hasFocus = (target: Locator) =>
  target.evaluate((element) => element === document.activeElement || element.contains(document.activeElement));

/** Presses Tab until `target` has the focus; returns the number of presses, throws after `max`. */
export async function tabTo(page: Page, target: Locator, max = 80): Promise<number> {
  for (let presses = 1; presses <= max; presses += 1) {
    await page.keyboard.press("Tab");
    if (await hasFocus(target)) return presses;
  }
  throw new Error(`Tab never reached ${target} in ${max} presses.`);
}

/** Moves along the tab list with the arrow keys (the ARIA tabs pattern) and opens `name` with Enter. */
export async function openTab(page: Page, name: string): Promise<void> {
  const selected = page.getByRole("tab", { selected: true });
  await tabTo(page, selected);
  const target = page.getByRole("tab", { name, exact: true });
  for (let presses = 0; presses < 10 && !(await hasFocus(target)); presses += 1) {
    await page.keyboard.press("ArrowRight");
  }
  if (!(await hasFocus(target))) throw new Error(`The arrow keys never reached the ${name} tab.`);
  await page.keyboard.press("Enter");
  await page.getByRole("tab", { name, exact: true, selected: true }).waitFor();
}

/**
 * Tabs once around the whole pane and returns the visible, enabled controls that the
 * focus never reached (tabs other than the selected one are reached with the arrow keys).
 */
export async function unreachableByTab(page: Page, max = 150): Promise<string[]> {
  await page.evaluate(() => {
    (window as unknown as { __tabbed: Set<Element> }).__tabbed = new Set();
    (document.activeElement as HTMLElement | null)?.blur();
  });
  // Around once: past the end of the page (focus on <body>) and on to an element seen before.
  let wrapped = false;
  for (let presses = 0; presses < max; presses += 1) {
    await page.keyboard.press("Tab");
    const where = await page.evaluate(() => {
      const seen = (window as unknown as { __tabbed: Set<Element> }).__tabbed;
      const active = document.activeElement;
      if (!active || active === document.body) return "body";
      if (seen.has(active)) return "seen";
      seen.add(active);
      return "new";
    });
    if (where === "body") wrapped = true;
    else if (where === "seen" && wrapped) break;
  }
  return page.evaluate(() => {
    const seen = [...(window as unknown as { __tabbed: Set<Element> }).__tabbed];
    const controls = document.querySelectorAll<HTMLElement>(
      'button, input, select, textarea, a[href], [role="switch"], [role="checkbox"], [tabindex="0"]',
    );
    return Array.from(controls)
      .filter((control) => control.getClientRects().length > 0 && !control.matches(":disabled"))
      // Fluent's focus manager (tabster) puts invisible focus guards around groups.
      .filter((control) => !control.hasAttribute("data-tabster-dummy"))
      .filter((control) => control.getAttribute("role") !== "tab" || control.getAttribute("aria-selected") === "true")
      // A radio group is one Tab stop (its checked radio); the arrow keys move within it.
      .filter((control) => !(control instanceof HTMLInputElement && control.type === "radio" &&
        seen.some((element) => element instanceof HTMLInputElement && element.type === "radio" && element.name === control.name)))
      .filter((control) => !seen.some((element) => element === control || control.contains(element) || element.contains(control)))
      .map((control) => control.getAttribute("aria-label") || control.textContent?.trim() || control.outerHTML.slice(0, 80));
  });
}
