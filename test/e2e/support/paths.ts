/** Where the e2e run finds the production build, the host bundle, and puts its artifacts. */
import path from "node:path";

export const repoRoot = path.resolve(__dirname, "..", "..", "..");
/** `npm run build` output (webpack.config.js). */
export const distDir = path.join(repoRoot, "dist");
/** The pane page inside dist/, as the manifest's SourceLocation names it. */
export const paneHtml = "taskpane.html";
/** The strict host bundled for the browser by scripts/e2e-build-host.js. */
export const hostBundle = path.join(repoRoot, "test-artifacts", "e2e-host", "office-host.js");
/** Screenshots (git-ignored). */
export const artifactsDir = path.join(repoRoot, "test-artifacts", "e2e");
/** The Debian package's browser; never a Playwright download. */
export const chromiumPath = "/usr/bin/chromium";
/** The URL taskpane.html loads Office.js from; the tests serve the strict host there instead. */
export const officeJsUrl = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
