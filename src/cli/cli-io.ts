/** What the CLI talks to: injected so tests run it in-process. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stderr is a terminal (progress is shown for large files). */
  stderrIsTTY?: boolean;
  /** Folder that relative paths are resolved against (default: process.cwd()). */
  cwd?: string;
  /** Clock for the summary sheet's time stamp. */
  now?: () => Date;
  /** Environment variables; LC_ALL, LC_NUMERIC and LANG give the default locale (none: en-US). */
  env?: Readonly<Record<string, string | undefined>>;
  /** Test hook: runs when an --out file is complete, before it is put in place (place-output.ts). */
  beforePlace?: (target: string) => void | Promise<void>;
  /**
   * Test hook: write every .xlsx --out through the whole-workbook path, never part by part
   * (src/cli/xlsx-package), so tests can compare the two.
   */
  wholeWorkbook?: boolean;
  /** Print stack traces of unexpected failures (INVENTORY_ROWS_DEBUG=1). */
  debug?: boolean;
}
