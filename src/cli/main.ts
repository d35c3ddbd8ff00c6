import { InventoryArgumentError } from "../core";
import { parseCliArgs } from "./args";
import { CliError } from "./cli-error";
import { helpText } from "./help";
import { terminalText } from "./terminal-text";
import { wordsIn } from "./cli-lang";
import type { CliIO } from "./cli-io";
import { runCommand } from "./run-command";

export type { CliIO } from "./cli-io";

export const VERSION = "0.1.0";

/**
 * Runs one command line and returns its exit code: 0 no errors, 1 errors found,
 * 2 bad usage or unreadable input (one line on stderr, no stack trace).
 *
 * @example await main(["check", "stock.xlsx", "--json"], { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) })
 */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  let lang: string | undefined;
  try {
    const parsed = parseCliArgs(argv, helpText, io.env);
    if ("help" in parsed) {
      io.stdout(`${parsed.help}\n`);
      return 0;
    }
    if ("version" in parsed) {
      io.stdout(`inventory-rows ${VERSION}\n`);
      return 0;
    }
    lang = parsed.options.lang;
    return await runCommand(parsed.options, io);
  } catch (error) {
    if (error instanceof CliError || error instanceof InventoryArgumentError) {
      // The engine's bad-settings error in --lang's words once the options are read.
      const words = error instanceof InventoryArgumentError && lang !== undefined ? wordsIn(lang, error.message, error.say) : error.message;
      io.stderr(`inventory-rows: ${oneLine(words)}\n`);
      return 2;
    }
    io.stderr(`inventory-rows: unexpected failure: ${oneLine(error instanceof Error ? error.message : String(error))} (please report it with the file that caused it)\n`);
    if (io.debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return 2;
  }
}

/** Error texts quote file content (sheet names, JSON, damaged parts): escaped like any file text printed. */
function oneLine(text: string): string {
  return terminalText(text.replace(/\s*\n\s*/g, " "), 500);
}
