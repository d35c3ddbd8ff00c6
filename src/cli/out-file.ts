import { realpathSync, statSync } from "node:fs";
import path from "node:path";
import { CliError } from "./cli-error";
import { placeOutput, type OutputClaim } from "./place-output";

/**
 * Checks `--out` before any work is done: never the input (compared after resolving `.`/`..`,
 * symbolic links and hard links), never an existing file unless `force`, never a folder,
 * and its folder must exist. Returns the absolute output path.
 */
export function checkOutPath(out: string, input: string, cwd: string, force: boolean): string {
  const target = path.resolve(cwd, out);
  const source = path.resolve(cwd, input);
  const same = "--out is the input file: results are never written over the input; choose another name";
  if (target === source || realOrSelf(target) === realOrSelf(source)) throw new CliError(same);
  const info = statOrNull(target);
  const sourceInfo = statOrNull(source);
  if (info && sourceInfo && info.ino === sourceInfo.ino && info.dev === sourceInfo.dev) throw new CliError(same);
  if (info?.isDirectory()) throw new CliError(`--out ${out} is a folder; name a file such as ${path.join(out, "result.xlsx")}`);
  if (info && !force) throw new CliError(`--out ${out} already exists; add --force to replace it`);
  const folder = statOrNull(path.dirname(target));
  if (!folder?.isDirectory()) throw new CliError(`--out ${out}: the folder ${path.dirname(target)} does not exist`);
  return target;
}

/** The claim of each --out checked in this process (its --force, test hooks), by absolute path. */
const claims = new Map<string, OutputClaim>();

/** Records how the output at `target` is to be claimed when it is written (runCommand, after checkOutPath). */
export function registerClaim(target: string, claim: OutputClaim): void {
  claims.set(target, claim);
}

/** Writes `target` through a temporary file and claims it (place-output.ts), as registered for it. */
export function writeOutput(target: string, write: (temp: string) => Promise<void>): Promise<void> {
  return placeOutput(target, claims.get(target) ?? { force: false }, write);
}

function realOrSelf(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    try {
      return path.join(realpathSync(path.dirname(file)), path.basename(file));
    } catch {
      return file;
    }
  }
}

function statOrNull(file: string) {
  try {
    return statSync(file);
  } catch {
    return null;
  }
}
