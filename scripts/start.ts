/**
 * `npm start`: dev build, HTTPS dev server on https://localhost:3000 (left running; `npm stop`
 * ends it), then sideload. Desktop Excel (Windows, macOS): office-addin-debugging opens Excel
 * with the add-in. Linux: prints how to sideload into Excel on the web.
 * `npm run start:web -- --document <url>`: sideload into a workbook open in Excel on the web.
 *
 * Every step's result is checked here; success is printed only when everything worked.
 */
import { spawn } from "node:child_process";
import { openSync, readFileSync, writeFileSync } from "node:fs";
import { ensureCertificates, certFiles } from "./start-certs";
import {
  MANIFEST, PANE_URL, ORIGIN, PORT, debuggingMissingHelp, ensureStateDir, fail, fetchHttps, isAlive,
  lastLines, logFile, manifestId, pidFile, portInUse, root, runNode, runningDevServer, sleep, toolPath,
} from "./start-lib";

interface Options {
  web: boolean;
  document?: string;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { web: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--web") options.web = true;
    else if (arg === "--document") options.document = argv[++i];
    else fail(`Unknown option ${arg}. Usage: npm start | npm run start:web -- --document <workbook URL>`);
  }
  if (options.document !== undefined) {
    let url: URL | undefined;
    try {
      url = new URL(options.document);
    } catch {
      url = undefined;
    }
    if (!url || url.protocol !== "https:") fail(`--document needs the https URL of a workbook in Excel on the web, got "${options.document}".`);
  }
  return options;
}

async function startDevServer(): Promise<number> {
  if (runningDevServer()) fail("The dev server is already running. Run `npm stop` first.");
  if (await portInUse()) fail(`Port ${PORT} is in use by another program. Stop it (or run \`npm stop\`) and try again.`);

  console.log("Building the development bundle…");
  const webpack = toolPath("webpack-cli", "bin/cli.js");
  if (!webpack) fail("webpack-cli is not installed: run npm install.");
  if (runNode(webpack, ["--mode", "development"], true).code !== 0) fail("The development build failed (see above).");

  ensureStateDir();
  const log = openSync(logFile, "w");
  const child = spawn(process.execPath, [webpack, "serve", "--mode", "development"], {
    cwd: root,
    detached: true, // its own process group, so `npm stop` can end it and its workers
    stdio: ["ignore", log, log],
  });
  child.unref();
  const pid = child.pid;
  if (pid === undefined) fail("Could not start the dev server.");
  writeFileSync(pidFile, String(pid));

  console.log(`Starting the HTTPS dev server (pid ${pid})…`);
  const ca = readFileSync(certFiles.ca);
  const deadline = Date.now() + 120_000;
  let last = "";
  while (Date.now() < deadline) {
    if (!isAlive(pid)) fail(`The dev server stopped while starting. Its log (${logFile}):\n${lastLines(logFile)}`);
    const pane = await fetchHttps(PANE_URL, ca);
    if ("status" in pane && pane.status === 200) {
      if (!pane.body.includes("appsforoffice.microsoft.com")) fail(`${PANE_URL} does not look like the task pane.`);
      const manifest = await fetchHttps(`${ORIGIN}/manifest.xml`, ca);
      if (!("status" in manifest) || manifest.status !== 200) fail(`${ORIGIN}/manifest.xml is not served.`);
      return pid;
    }
    last = "status" in pane ? `HTTP ${pane.status}` : pane.error;
    await sleep(1000);
  }
  fail(`The dev server did not answer on ${PANE_URL} within 2 minutes (last: ${last}). Log: ${logFile}\n${lastLines(logFile)}`);
}

/** Desktop Excel on Windows or macOS, through office-addin-debugging; verified with dev-settings. */
function sideloadDesktop(): void {
  const debugging = toolPath("office-addin-debugging");
  if (!debugging) fail(`${debuggingMissingHelp}\nThe dev server is running: sideload ${MANIFEST} by hand (see README), or run npm stop.`);
  console.log("Opening Excel with the add-in (office-addin-debugging)…");
  const result = runNode(debugging, ["start", MANIFEST, "desktop", "--app", "excel", "--no-debug", "--no-live-reload", "--dev-server-port", String(PORT)], true);
  const settings = toolPath("office-addin-dev-settings");
  const registered = settings ? runNode(settings, ["registered"]).output : "";
  if (result.code !== 0 || !registered.toLowerCase().includes(manifestId().toLowerCase())) {
    fail("Sideloading into desktop Excel failed (see the messages above). The dev server is still running: run npm stop to end it.");
  }
}

function webSideloadUrl(document: string): string {
  const separator = document.includes("?") ? "&" : "?";
  return `${document}${separator}wdaddindevserverport=${PORT}&wdaddinmanifestfile=manifest.xml&wdaddinmanifestguid=${manifestId()}`;
}

function printWebSteps(): void {
  console.log(`
Sideload into Excel on the web:
  1. In the browser you will use, open ${PANE_URL}: it must load without a certificate warning.
  2. Open a workbook in Excel on the web (https://www.office.com → Excel).
  3. Home → Add-ins → More Add-ins (or Advanced…) → Upload My Add-in, pick this file and choose Upload:
       ${MANIFEST}
  4. The Inventory group appears on the Home tab: choose Show pane.
For a workbook stored in OneDrive or SharePoint, this opens it with the add-in loaded:
  npm run start:web -- --document "<the workbook's URL>"`);
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  let notes: string[];
  try {
    notes = ensureCertificates();
  } catch (error) {
    fail((error as Error).message);
  }
  const pid = await startDevServer();
  const desktop = !options.web && (process.platform === "win32" || process.platform === "darwin");
  if (desktop) sideloadDesktop();

  console.log(`\n✓ Dev server: ${PANE_URL} (pid ${pid}; log ${logFile}). Stop it with: npm stop`);
  for (const note of notes) console.log(note);
  if (desktop) {
    console.log("✓ Excel is opening with Inventory Rows: Home tab → Inventory group → Show pane.");
  } else if (options.document) {
    console.log(`\nOpen this URL in your browser to load the workbook with the add-in:\n  ${webSideloadUrl(options.document)}`);
  } else {
    if (process.platform === "linux" && !toolPath("office-addin-debugging")) console.log(`\nNote: ${debuggingMissingHelp}`);
    printWebSteps();
  }
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
