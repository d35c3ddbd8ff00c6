/** Layout checks for the narrow (~320 px) pane, measured in the page. */
import type { Locator, Page } from "playwright-core";

/** Texts of the elements matched by `selector` inside `scope` whose content is wider than their box. */
export function clippedTexts(scope: Locator, selector: string): Promise<string[]> {
  return scope.evaluate(
    (root, css) =>
      Array.from(root.querySelectorAll<HTMLElement>(css))
        .filter((element) => element.scrollWidth > element.clientWidth + 1)
        .map((element) => element.textContent ?? ""),
    selector,
  );
}

/** How far the page is wider than the viewport (0 when nothing sticks out sideways). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - window.innerWidth));
}
