/**
 * A stocktake in the add-in (docs/design.md §27): the engine's session over the inventory as read
 * at the start answers each scan in memory, with no Excel round trip; the scans are saved to the
 * workbook in batches (`ScanSaver`), and a stocktake under way is resumed with them. Finish plans
 * the result again on a fresh read, writes the report sheet and ends the stocktake.
 */
import { planStocktake, StocktakeSession, type ScanResult } from "../core";
import { removeStoredStocktake, runExcel, writeStocktakeSheet, type InventoryRead } from "../excel";
import { engineSettings } from "./engine-settings";
import { ok } from "./outcomes";
import { answerOf, rowFactsOf, undoneAnswer, type RowFacts } from "./stocktake-answers";
import { ScanSaver } from "./stocktake-saver";
import type { StocktakeAnswer, StocktakeProgress } from "./stocktake-types";
import type { ActionResult, Result, StocktakeFinished, StocktakeRun, SummaryRunOptions } from "./types";
import type { WriteDone, WriteScope } from "./write-action";
import { words } from "./words";

/** What a run needs from the app: a write on the stocktake's inventory sheet (under the app's lock). */
export interface RunHost {
  write(options: SummaryRunOptions | undefined, body: (scope: WriteScope) => Promise<WriteDone>, sheetName: string): Promise<ActionResult>;
  now(): Date;
}

/** Where the run starts from: the read and, when resumed, the saved stocktake. */
export interface RunStart {
  read: InventoryRead;
  scans: readonly string[];
  started: string;
  sheetId?: string;
  saveDelayMs: number;
}

export class ExcelStocktakeRun implements StocktakeRun {
  readonly sheetName: string;
  readonly resumed: number;
  private readonly session: StocktakeSession;
  private readonly facts: Map<number, RowFacts>;
  private readonly counts = new Map<number, number>();
  private readonly said: StocktakeAnswer[] = [];
  private readonly firstRow: number;
  private readonly saver: ScanSaver;
  private ended = false;

  constructor(start: RunStart, private readonly host: RunHost) {
    const { read } = start;
    this.sheetName = read.sheetName;
    this.firstRow = read.rect.row;
    this.session = StocktakeSession.start(read.values, engineSettings(read));
    const before = this.session.result();
    this.facts = rowFactsOf(before);
    for (const text of start.scans) this.take(this.session.scan(text));
    this.resumed = start.scans.length;
    this.saver = new ScanSaver(
      { source: read.sheetId, started: start.started, sheetId: start.sheetId, rows: start.scans.length, delayMs: start.saveDelayMs },
      () => this.session.scans.map((scan) => scan.scanned),
    );
  }

  scan(text: string): StocktakeAnswer {
    const answer = this.take(this.session.scan(text));
    if (!this.ended) this.saver.changed(answer.index);
    return answer;
  }

  undo(): StocktakeAnswer | undefined {
    const undone = this.session.undo();
    const last = this.said.pop();
    if (!undone || !last) return undefined;
    if (undone.outcome.kind === "matched") this.count(undone.outcome.row, -1);
    if (!this.ended) this.saver.changed(undone.index);
    return undoneAnswer(last);
  }

  progress(): StocktakeProgress {
    const { counted, expected } = this.session.totals();
    return { scans: this.session.scans.length, counted, expected };
  }

  answers(): readonly StocktakeAnswer[] {
    return this.said;
  }

  save(): Promise<Result<void>> {
    return this.saver.save();
  }

  /** Saves the scans, writes the report from a fresh read, then removes the saved scans. */
  async finish(options?: SummaryRunOptions): Promise<Result<StocktakeFinished>> {
    const saved = await this.saver.save();
    if (!saved.ok) return saved;
    const scans = this.session.scans.map((scan) => scan.scanned);
    let done: Omit<StocktakeFinished, "message" | "say" | "undoable" | "excelUndo"> | undefined;
    const written = await this.host.write(options, async (scope) => {
      const result = planStocktake(scope.read.values, scans, scope.engine);
      const sheet = await writeStocktakeSheet(scope.context, result, {
        sourceName: scope.read.sheetName, serial: excelSerial(this.host.now()), firstRow: scope.read.rect.row,
        locale: options?.displayLocale ?? "en-US", beforeWrite: scope.beforeWrite, grouped: scope.grouped,
      });
      done = { sheetName: sheet.sheetName, result };
      const said = words("stocktake-pane-finished", { sheet: sheet.sheetName, missing: result.missingUnits, unknown: result.unknown.length });
      return { message: said.message, say: said.say };
    }, this.sheetName);
    if (!written.ok) return written;
    this.ended = true;
    this.saver.stop();
    // The report is written: the scans it was made from are no longer needed.
    await runExcel((context) => removeStoredStocktake(context, this.saver.sheet)).catch(() => undefined);
    return ok({ ...written.value, ...done! });
  }

  private take(scan: ScanResult): StocktakeAnswer {
    if (scan.outcome.kind === "matched") this.count(scan.outcome.row, 1);
    const answer = answerOf(scan, this.facts, this.firstRow, (row) => this.counts.get(row) ?? 0);
    this.said.push(answer);
    return answer;
  }

  private count(row: number, by: number): void {
    this.counts.set(row, (this.counts.get(row) ?? 0) + by);
  }
}

/** An Excel date serial for `date` in local time (what the user's clock shows). */
function excelSerial(date: Date): number {
  return (date.getTime() - date.getTimezoneOffset() * 60_000) / 86_400_000 + 25_569;
}
