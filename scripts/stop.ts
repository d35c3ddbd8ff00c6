/**
 * `npm stop`: undoes `npm start`: removes the desktop sideload (Windows, macOS) and ends the
 * dev server `npm start` left running (by the pid it recorded, never by name).
 */
import { spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import {
  MANIFEST, PORT, fail, isAlive, manifestId, pidFile, portInUse, runNode, runningDevServer, sleep, toolPath,
} from "./start-lib";

/** Removes the desktop sideload and checks that Office no longer lists the add-in. */
function unregisterDesktop(): string | undefined {
  const debugging = toolPath("office-addin-debugging");
  if (!debugging) return undefined; // nothing can have been sideloaded without it
  const result = runNode(debugging, ["stop", MANIFEST]);
  const settings = toolPath("office-addin-dev-settings");
  const registered = settings ? runNode(settings, ["registered"]).output : "";
  if (registered.toLowerCase().includes(manifestId().toLowerCase())) {
    return `The add-in is still registered with desktop Excel. office-addin-debugging said:\n${result.output.trim()}`;
  }
  return undefined;
}

async function stopProcessTree(pid: number): Promise<boolean> {
  if (process.platform === "win32") {
    spawnSync("taskkill", ["/PID", String(pid), "/T", "/F"], { stdio: "ignore" });
  } else {
    try {
      process.kill(-pid, "SIGTERM"); // the server was started detached: its own process group
    } catch {
      process.kill(pid, "SIGTERM");
    }
  }
  for (let waited = 0; waited < 10_000 && isAlive(pid); waited += 200) await sleep(200);
  if (isAlive(pid) && process.platform !== "win32") {
    try {
      process.kill(-pid, "SIGKILL");
    } catch {
      // already gone between the check and the kill
    }
    await sleep(500);
  }
  return !isAlive(pid);
}

async function main(): Promise<void> {
  const problems: string[] = [];
  if (process.platform === "win32" || process.platform === "darwin") {
    const problem = unregisterDesktop();
    if (problem) problems.push(problem);
  }

  const pid = runningDevServer();
  if (pid === undefined) {
    console.log("No dev server started by npm start is running.");
  } else if (await stopProcessTree(pid)) {
    console.log(`Stopped the dev server (pid ${pid}).`);
  } else {
    problems.push(`The dev server (pid ${pid}) did not stop.`);
  }
  if (existsSync(pidFile) && runningDevServer() === undefined) rmSync(pidFile);

  if (await portInUse()) problems.push(`Something still listens on port ${PORT} (not the server npm start recorded).`);
  if (problems.length > 0) fail(problems.join("\n"));
  console.log("✓ Stopped.");
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
