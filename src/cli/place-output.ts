import { randomBytes } from "node:crypto";
import { copyFileSync, constants, linkSync, readdirSync, renameSync, unlinkSync } from "node:fs";
import path from "node:path";
import { CliError } from "./cli-error";

/** How the output of one run is put in place (docs/design.md §16, "Command line"). */
export interface OutputClaim {
  /** --force: replace a file at the target, even one that appeared during the run. */
  force: boolean;
  /** Test hook: runs after the temporary file is complete, before it is put in place. */
  beforePlace?: (target: string) => void | Promise<void>;
}

/** Our temporary files: `.inventory-rows-<pid>-<hex>.tmp`, so a later run knows whose they are. */
const TEMP_NAME = /^\.inventory-rows-(\d+)-[0-9a-f]{8}\.tmp$/;

/** Temporary files of this process not yet put in place or removed (removed on SIGINT/SIGTERM). */
const pending = new Set<string>();

/**
 * Writes the output through a temporary file in the target's folder and then claims the target:
 * a hard link (or an exclusive copy) that fails when a file appeared there during the run, which
 * is refused naming the path (exit 2) unless `force`, which replaces it. The temporary file is
 * removed in every case, and on Ctrl-C or SIGTERM; temporary files left by runs that were killed
 * outright are removed by the next run writing to the folder.
 */
export async function placeOutput(target: string, claim: OutputClaim, write: (temp: string) => Promise<void>): Promise<void> {
  const folder = path.dirname(target);
  removeStaleTemps(folder);
  const temp = path.join(folder, `.inventory-rows-${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  track(temp);
  try {
    await write(temp);
    await claim.beforePlace?.(target);
    if (claim.force) renameSync(temp, target);
    else claimExclusively(temp, target);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`could not write ${target} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  } finally {
    removeQuietly(temp);
    untrack(temp);
  }
}

function claimExclusively(temp: string, target: string): void {
  try {
    linkSync(temp, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw appeared(target);
    // File systems without hard links (FAT, some network shares): an exclusive copy instead.
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EXDEV" && code !== "ENOSYS") throw error;
    try {
      copyFileSync(temp, target, constants.COPYFILE_EXCL);
    } catch (copyError) {
      if ((copyError as NodeJS.ErrnoException).code === "EEXIST") throw appeared(target);
      throw copyError;
    }
  }
}

function appeared(target: string): CliError {
  return new CliError(`--out ${target} appeared while this run was writing (another program or run made it); it was not replaced: add --force to replace it`);
}

/** Removes our temporary files in `folder` whose process is gone; never any other file. */
export function removeStaleTemps(folder: string): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = TEMP_NAME.exec(name)?.[1];
    if (pid !== undefined && !isAlive(Number(pid))) removeQuietly(path.join(folder, name));
  }
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function removeQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // Already gone (placed by rename, or removed by the signal handler).
  }
}

const SIGNALS = ["SIGINT", "SIGTERM"] as const;

function track(temp: string): void {
  if (pending.size === 0) for (const signal of SIGNALS) process.on(signal, onSignal);
  pending.add(temp);
}

function untrack(temp: string): void {
  pending.delete(temp);
  if (pending.size === 0) for (const signal of SIGNALS) process.off(signal, onSignal);
}

/** Removes the temporary files, then ends the process the way the signal would have. */
function onSignal(signal: NodeJS.Signals): void {
  for (const temp of pending) removeQuietly(temp);
  pending.clear();
  for (const s of SIGNALS) process.off(s, onSignal);
  process.kill(process.pid, signal);
}
