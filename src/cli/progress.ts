import { uiLanguageOf } from "../core";
import { textInLang } from "./cli-lang";

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
    /** The language of the lines (--lang). */
    private readonly lang = "en",
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
    const text = `inventory-rows:   ${textInLang(this.lang, "cli-progress-rows-read", { count: rowNumber })}`;
    this.sink.write(this.sink.isTTY ? `\r${text}` : `${text}\n`);
  }

  done(): void {
    if (!this.enabled) return;
    this.endLine();
    const seconds = (Date.now() - this.started) / 1000;
    this.sink.write(`inventory-rows: ${textInLang(this.lang, "cli-progress-done", { seconds: secondsIn(this.lang, seconds) })}\n`);
  }

  private endLine(): void {
    if (this.sink.isTTY && this.lastRowShown > 0) this.sink.write("\n");
    this.lastRowShown = 0;
  }
}

/** Seconds with one decimal, as `lang` writes them (`1.5` in English as before --lang, `1,5` in Finnish). */
function secondsIn(lang: string, seconds: number): string {
  if (uiLanguageOf(lang) === "en") return seconds.toFixed(1);
  return new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(seconds);
}
