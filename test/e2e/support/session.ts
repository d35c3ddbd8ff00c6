/** Jest wiring: one browser (and HTTPS server) per test file, closed after it. */
import type { HostSeed } from "../../host";
import { startBrowser, type E2eBrowser } from "./browser";
import { openPane, type Pane } from "./pane";

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

/**
 * The browser plus one pane on `seed`, opened before the file's tests (then `prepare` runs,
 * e.g. a paste or a tab click) and closed after them.
 */
export function usePane(seed: () => HostSeed, prepare?: (pane: Pane) => Promise<void>): { browser: () => E2eBrowser; pane: () => Pane } {
  const browser = useBrowser();
  let pane: Pane | undefined;
  beforeAll(async () => {
    pane = await openPane(browser(), seed());
    await prepare?.(pane);
  }, 60_000);
  afterAll(async () => {
    await pane?.close();
  });
  return {
    browser,
    pane: () => {
      if (!pane) throw new Error("The pane did not open (see the beforeAll error above).");
      return pane;
    },
  };
}
