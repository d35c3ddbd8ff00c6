/**
 * Entry point for the browser bundle the e2e tests serve in place of the Office.js CDN
 * script: creates a host from `window.__testHostSeed` (if any), installs Excel, Office and
 * OfficeExtension on `window`, and exposes the host as `window.__testHost` for Playwright.
 */
import { createTestHost } from "./index";
import type { HostSeed, TestHost } from "./types";

export interface TestHostWindow {
  __testHostSeed?: HostSeed;
  __testHost?: TestHost;
}

/** Installs a fresh host on `win` unless one is there already; returns it. */
export function installInBrowser(win: TestHostWindow): TestHost {
  if (win.__testHost) return win.__testHost;
  const host = createTestHost(win.__testHostSeed ?? {});
  host.install(win);
  win.__testHost = host;
  return host;
}

if (typeof window !== "undefined") installInBrowser(window as unknown as TestHostWindow);
