/**
 * Runs once before the e2e files: checks the browser, makes sure the production build
 * is there and current, and bundles the strict host for the browser.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { assertChromium } from "./browser";
import { artifactsDir, distDir, paneHtml, repoRoot } from "./paths";

/** Newest modification time of any file under `dir` (0 when it does not exist). */
function newestMtime(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full));
    else if (entry.isFile()) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** Files outside src/ that change what the build serves. */
const BUILD_INPUTS = ["webpack.config.js", "manifest.xml", "package-lock.json"];

/**
 * Only the production build names its script with a content hash (taskpane.1a2b3c4d.js);
 * `npm start` and `build:dev` write a development bundle (taskpane.js) into the same dist/.
 */
function isProductionPage(page: string): boolean {
  return /<script[^>]+src="[^"]*taskpane\.[0-9a-f]{8}\.js"/.test(fs.readFileSync(page, "utf8"));
}

function ensureProductionBuild(): void {
  const page = path.join(distDir, paneHtml);
  const builtAt = fs.existsSync(page) ? fs.statSync(page).mtimeMs : 0;
  const sourcesAt = Math.max(
    newestMtime(path.join(repoRoot, "src")),
    newestMtime(path.join(repoRoot, "assets")),
    ...BUILD_INPUTS.map((file) => fs.statSync(path.join(repoRoot, file), { throwIfNoEntry: false })?.mtimeMs ?? 0),
  );
  const production = builtAt > 0 && isProductionPage(page);
  if (builtAt >= sourcesAt && production) return;
  console.log(
    !builtAt ? "\nNo dist/: npm run build"
      : !production ? "\ndist/ holds a development build (npm start or build:dev): npm run build"
        : "\nThe sources changed since dist/ was built: npm run build",
  );
  const run = spawnSync("npm", ["run", "build"], { cwd: repoRoot, stdio: "inherit" });
  if (run.status !== 0 || !fs.existsSync(page)) {
    throw new Error(`The e2e tests need the production build in dist/${paneHtml}: \`npm run build\` failed.`);
  }
}

export default async function globalSetup(): Promise<void> {
  assertChromium();
  ensureProductionBuild();
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- plain CommonJS build script
  const { buildE2eHost } = require("../../../scripts/e2e-build-host.js") as {
    buildE2eHost: () => Promise<string>;
  };
  await buildE2eHost();
  fs.mkdirSync(artifactsDir, { recursive: true });
}
