/**
 * The built pane under its own Content-Security-Policy (issue 23 §7): it loads, renders and
 * checks a sheet with no policy violation reported and no console error.
 */
import { seedWith } from "./support/host-page";
import { openPane } from "./support/pane";
import { useBrowser } from "./support/session";

const browser = useBrowser();

test("the built pane loads and checks a sheet with no Content-Security-Policy violation", async () => {
  const context = browser().context;
  // Violations are recorded from the first script on, before the pane's own code runs.
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const pane = await openPane(browser(), seedWith([["Qty", "Codes", "Name"], [2, "A-1, A-2", "Skis"], [1, "B-1", "Helmet"]]));
  try {
    const { page } = pane;
    const policy = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content") ?? "");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("script-src 'self' https://appsforoffice.microsoft.com");
    await page.getByRole("button", { name: "Check sheet" }).click();
    await page.getByRole("list", { name: "Check summary" }).waitFor();
    // Fluent's styles are in place: Griffel's <style> tags were allowed.
    expect(await page.evaluate(() => document.querySelectorAll("style[data-make-styles-bucket]").length)).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
    expect(pane.errors).toEqual([]);
  } finally {
    await pane.close();
  }
});

test("the policy is enforced: an inline script injected into the pane does not run", async () => {
  const pane = await openPane(browser(), seedWith([["Qty", "Codes"], [1, "A"]]));
  try {
    const ran = await pane.page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.__injected = true;";
      document.head.appendChild(script);
      return "__injected" in window;
    });
    expect(ran).toBe(false);
    expect(await pane.page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toContainEqual(
      expect.stringMatching(/^script-src/),
    );
  } finally {
    await pane.close();
  }
});
