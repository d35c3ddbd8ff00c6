import { realpathSync, statSync } from "node:fs";
import path from "node:path";
import { CliError } from "./cli-error";
import { placeOutput, type OutputClaim } from "./place-output";

/**
 * Checks `--out` before any work is done: never the input, nor the `--settings` file (`inputs`;
 * compared after resolving `.`/`..`, symbolic links, and by file identity, which catches hard
 * links and another spelling of the same file on a case-insensitive file system), never an
 * existing file unless `force`, never a folder, and its folder must exist. Returns the absolute output path.
 */
export function checkOutPath(out: string, input: string, cwd: string, force: boolean, inputs: readonly string[] = []): string {
  const target = path.resolve(cwd, out);
  if (sameFile(target, path.resolve(cwd, input))) {
    throw new CliError("--out is the input file: results are never written over the input; choose another name");
  }
  for (const other of inputs) {
    if (sameFile(target, path.resolve(cwd, other))) throw new CliError(`--out is ${other}, which this run reads: choose another name`);
  }
  const info = statOrNull(target);
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

/**
 * Whether two absolute paths name one file. Identity is (device, inode) read as bigints: on
 * Windows the file index does not fit a double, and two files could seem equal. An inode of 0
 * (file systems that report none) proves nothing.
 */
function sameFile(a: string, b: string): boolean {
  if (a === b || realOrSelf(a) === realOrSelf(b)) return true;
  const one = statOrNull(a);
  const two = statOrNull(b);
  return one !== null && two !== null && one.ino !== 0n && one.ino === two.ino && one.dev === two.dev;
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
    return statSync(file, { bigint: true });
  } catch {
    return null;
  }
}
