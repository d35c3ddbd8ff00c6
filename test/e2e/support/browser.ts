/**
 * Starts Debian's Chromium with playwright-core against the production build served over
 * HTTPS, with Microsoft's office.js URL answered by the strict test host bundle and every
 * other outside request blocked, so the tests never touch the network.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Request, type Route } from "playwright-core";
import { serveStatic, type StaticServer } from "./https-server";
import { chromiumPath, distDir, hostBundle, officeJsUrl } from "./paths";

/** The flags the team runs Chromium with (DEVELOPERS.md). */
export const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic", // the machine notes list it with the background-networking flags for this closed network
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Excel's default task-pane width is about 320 px. */
export const paneViewport = { width: 320, height: 900 };

export interface E2eBrowser {
  context: BrowserContext;
  server: StaticServer;
  /** Outside URLs the page tried to load and that were blocked. */
  blocked: string[];
  close(): Promise<void>;
}

function isLocal(url: string): boolean {
  const { hostname, protocol } = new URL(url);
  if (protocol === "data:" || protocol === "blob:") return true;
  return hostname === "127.0.0.1" || hostname === "localhost";
}

/** Throws, with the command that installs it, when the browser is not at `executable`. */
export function assertChromium(executable: string = chromiumPath): void {
  if (!fs.existsSync(executable)) {
    throw new Error(
      `The browser tests drive Debian's Chromium at ${executable}, which is missing. ` +
        "Install it with: sudo apt-get install -y chromium",
    );
  }
}

/** Launches the browser with a fresh profile; fails (never skips) when Chromium is missing. */
export async function startBrowser(): Promise<E2eBrowser> {
  assertChromium();
  if (!fs.existsSync(hostBundle)) {
    throw new Error(`${hostBundle} is missing: run the e2e tests with \`npm run test:e2e\` (its setup bundles the host).`);
  }
  const hostScript = fs.readFileSync(hostBundle, "utf8");
  const server = await serveStatic(distDir);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "inventory-rows-e2e-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    args: chromiumArgs,
    headless: true,
    ignoreHTTPSErrors: true,
    viewport: paneViewport,
    serviceWorkers: "block",
    // Fluent's expand and collapse motions then take 1 ms: a click never lands on a panel
    // that is still growing under the pointer.
    reducedMotion: "reduce",
  });
  const blocked: string[] = [];
  await context.route("**/*", (route: Route, request: Request) => {
    const url = request.url();
    if (url === officeJsUrl) {
      return route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: hostScript });
    }
    if (isLocal(url)) return route.continue();
    blocked.push(url);
    return route.abort("blockedbyclient");
  });
  return {
    context,
    server,
    blocked,
    async close() {
      await context.close();
      await server.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
