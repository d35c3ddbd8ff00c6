/** Jest wiring: one browser (and HTTPS server) per test file, closed after it. */
import { startBrowser, type E2eBrowser } from "./browser";

/** Starts the browser before the file's tests; call the returned getter inside tests. */
export function useBrowser(): () => E2eBrowser {
  let browser: E2eBrowser | undefined;
  beforeAll(async () => {
    browser = await startBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error("The browser did not start (see the beforeAll error above).");
    return browser;
  };
}
