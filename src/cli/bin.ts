import { main } from "./main";

/**
 * Runs the command line on the real process: arguments from argv, output to stdout/stderr,
 * exit code set when the streams have drained. Entry of dist/cli.js and bin/inventory-rows.js.
 */
export async function run(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  // `inventory-rows check x --json | head` closes the pipe early: stop quietly instead of crashing.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  });
  process.exitCode = await main(argv, {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    env: process.env,
    debug: process.env.INVENTORY_ROWS_DEBUG === "1",
    beforePlace: process.env.INVENTORY_ROWS_TEST_HOLD_OUTPUT === "1" ? holdForever : undefined,
  });
}

/**
 * INVENTORY_ROWS_TEST_HOLD_OUTPUT=1 (tests only): the run stops with its output complete in the
 * temporary file, so a test can signal it at that moment without racing it.
 */
function holdForever(): Promise<void> {
  return new Promise(() => setInterval(() => undefined, 60_000));
}
