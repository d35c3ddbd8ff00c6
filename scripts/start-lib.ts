/**
 * Shared pieces of `npm start` and `npm stop`: running tools and checking what they did
 * (office-addin-dev-certs and office-addin-debugging exit 0 even when they fail), and the
 * detached dev server's pid and log under node_modules/.cache.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { get } from "node:https";
import { connect } from "node:net";
import { join } from "node:path";

export const root = join(__dirname, "..");
export const PORT = 3000;
export const ORIGIN = `https://localhost:${PORT}`;
export const PANE_URL = `${ORIGIN}/taskpane.html`;
export const MANIFEST = join(root, "manifest.xml");
export const stateDir = join(root, "node_modules", ".cache", "inventory-rows");
export const pidFile = join(stateDir, "dev-server.pid");
export const logFile = join(stateDir, "dev-server.log");

export function ensureStateDir(): void {
  mkdirSync(stateDir, { recursive: true });
}

/** Path of a package's CLI script, or undefined when the package is not installed. */
export function toolPath(pkg: string, bin = "cli.js"): string | undefined {
  try {
    return join(require.resolve(`${pkg}/package.json`, { paths: [root] }), "..", bin);
  } catch {
    return undefined;
  }
}

export interface ToolResult {
  code: number;
  output: string;
}

/** Runs a Node CLI and returns its exit code and combined output (echoed when `echo`). */
export function runNode(script: string, args: string[], echo = false): ToolResult {
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd: root,
    encoding: "utf8",
    stdio: echo ? ["ignore", "inherit", "inherit"] : "pipe",
  });
  return { code: result.status ?? 1, output: `${result.stdout ?? ""}${result.stderr ?? ""}` };
}

/** The add-in id from manifest.xml (for sideload checks and the web sideload URL). */
export function manifestId(): string {
  const id = /<Id>([^<]+)<\/Id>/.exec(readFileSync(MANIFEST, "utf8"))?.[1];
  if (!id) throw new Error("manifest.xml has no <Id>.");
  return id.trim();
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The pid of the dev server `npm start` left running, if it is still alive. */
export function runningDevServer(): number | undefined {
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, "utf8").trim());
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return undefined;
  // On Linux, make sure the pid was not reused by an unrelated process.
  const cmdline = `/proc/${pid}/cmdline`;
  if (existsSync(cmdline) && !readFileSync(cmdline, "utf8").includes("webpack")) return undefined;
  return pid;
}

export function portInUse(port = PORT): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: "localhost" });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/** GETs an https URL trusting `ca`; resolves with status and body, or an error message. */
export function fetchHttps(url: string, ca: Buffer): Promise<{ status: number; body: string } | { error: string }> {
  return new Promise((resolve) => {
    const request = get(url, { ca, timeout: 5000 }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on("timeout", () => request.destroy(new Error("timed out")));
    request.on("error", (error) => resolve({ error: error.message }));
  });
}

export function lastLines(file: string, count = 25): string {
  if (!existsSync(file)) return "(no log)";
  return readFileSync(file, "utf8").trimEnd().split("\n").slice(-count).join("\n");
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Prints a failure and exits non-zero. */
export function fail(message: string): never {
  console.error(`\n✗ ${message}`);
  process.exit(1);
}

export const debuggingMissingHelp = [
  "office-addin-debugging is not installed. It is an optional dependency because it pulls keytar,",
  "whose native build needs libsecret. To get it:",
  "  Debian/Ubuntu:  sudo apt-get install -y libsecret-1-dev && npm install",
  "  Fedora:         sudo dnf install -y libsecret-devel && npm install",
  "  (Windows and macOS need nothing extra: run npm install again.)",
].join("\n");
