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

function ensureProductionBuild(): void {
  const page = path.join(distDir, paneHtml);
  const builtAt = fs.existsSync(page) ? fs.statSync(page).mtimeMs : 0;
  const sourcesAt = Math.max(
    newestMtime(path.join(repoRoot, "src")),
    fs.statSync(path.join(repoRoot, "webpack.config.js"), { throwIfNoEntry: false })?.mtimeMs ?? 0,
  );
  if (builtAt >= sourcesAt) return;
  console.log(builtAt ? "\nsrc/ changed since dist/ was built: npm run build" : "\nNo dist/: npm run build");
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
