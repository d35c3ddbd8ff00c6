/**
 * One task pane in the browser, on a workbook held by the strict host. The seed is handed
 * to the page with an init script (`window.__hostSeed`); the host bundle served as office.js
 * installs itself from it and exposes itself as `window.__host`.
 */
import fs from "node:fs";
import path from "node:path";
import type { Disposable, Page } from "playwright-core";
import type { HostSeed } from "../../host";
import type { E2eBrowser } from "./browser";
import { artifactsDir, paneHtml } from "./paths";

export interface Pane {
  page: Page;
  /** Uncaught page errors and console errors (blocked-request noise left out). */
  errors: string[];
  /** Reloads the pane as Excel would: the workbook (host state) is kept, the page is new. */
  reload(): Promise<void>;
  /** Saves a screenshot of the pane under test-artifacts/e2e/NAME.png and returns its path. */
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

async function seedPage(page: Page, seed: HostSeed): Promise<Disposable> {
  return page.addInitScript((value) => {
    (window as unknown as { __hostSeed: unknown }).__hostSeed = value;
  }, seed);
}

/** Opens taskpane.html on a fresh page seeded with `seed` and waits for the host to be installed. */
export async function openPane(browser: E2eBrowser, seed: HostSeed): Promise<Pane> {
  const page = await browser.context.newPage();
  // Fail fast: every step here takes well under a second on a working pane.
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const text = message.text();
    if (text.includes("net::ERR_BLOCKED_BY_CLIENT")) return;
    errors.push(`console.error: ${text}`);
  });
  let seedScript = await seedPage(page, seed);
  const url = `${browser.server.origin}/${paneHtml}`;
  const load = async () => {
    await page.goto(url, { waitUntil: "load" });
    // office.js is a classic script before the bundle: by "load" the host is installed or failed.
    if (!(await page.evaluate(() => "__host" in window))) {
      throw new Error(`The test host (served as office.js) did not install:\n${errors.join("\n") || "no error reported"}`);
    }
  };
  await load();
  return {
    page,
    errors,
    async reload() {
      const snapshot = await page.evaluate(() => {
        (window as unknown as { __oldPage: boolean }).__oldPage = true;
        return window.__hostState();
      });
      await seedScript.dispose();
      seedScript = await seedPage(page, snapshot);
      await load();
      if (await page.evaluate(() => "__oldPage" in window)) throw new Error("The pane did not reload.");
    },
    async screenshot(name) {
      fs.mkdirSync(artifactsDir, { recursive: true });
      const file = path.join(artifactsDir, `${name}.png`);
      // Finished transitions (an accordion half open is not what the user sees for long).
      await page.screenshot({ path: file, fullPage: true, animations: "disabled" });
      return file;
    },
    close: () => page.close(),
  };
}
