/** Where progress lines go and whether they are wanted. */
export interface ProgressSink {
  write(text: string): void;
  /** True when stderr is a terminal: lines are redrawn in place. */
  isTTY: boolean;
}

/** Files at least this big show progress on a terminal without --progress. */
export const LARGE_FILE_BYTES = 2_000_000;

/**
 * Progress on stderr for long runs: phases ("reading …", "checking …") and a row counter
 * while a workbook is read. Silent unless `enabled`; never touches stdout.
 */
export class Progress {
  private started = Date.now();
  private lastRowShown = 0;

  constructor(
    private readonly sink: ProgressSink,
    readonly enabled: boolean,
  ) {}

  phase(text: string): void {
    if (!this.enabled) return;
    this.endLine();
    this.sink.write(`inventory-rows: ${text}…\n`);
  }

  /** Called for every row read; shows the count every 25,000 rows. */
  row(rowNumber: number): void {
    if (!this.enabled || rowNumber - this.lastRowShown < 25_000) return;
    this.lastRowShown = rowNumber;
    const text = `inventory-rows:   ${rowNumber.toLocaleString("en-US")} rows read`;
    this.sink.write(this.sink.isTTY ? `\r${text}` : `${text}\n`);
  }

  done(): void {
    if (!this.enabled) return;
    this.endLine();
    this.sink.write(`inventory-rows: done in ${((Date.now() - this.started) / 1000).toFixed(1)} s\n`);
  }

  private endLine(): void {
    if (this.sink.isTTY && this.lastRowShown > 0) this.sink.write("\n");
    this.lastRowShown = 0;
  }
}
