import { randomBytes } from "node:crypto";
import { realpathSync, statSync } from "node:fs";
import { rename, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { CliError } from "./cli-error";

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

/**
 * Writes the file in one step: the bytes go to a temporary file beside it, which is then
 * renamed over the target, so a failure never leaves a half-written workbook.
 */
export async function writeFileAtomically(target: string, bytes: Uint8Array): Promise<void> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await writeFile(temp, bytes, { flag: "wx" });
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw new CliError(`could not write ${target} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
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
