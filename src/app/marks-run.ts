/**
 * Marks on the sheet (issue 18, docs/design.md §30): check and mark, clear, and whether the
 * workbook holds marks. Marking checks the inventory as Check does and, in the same run, moves
 * the marks: old ones off, new ones on (one undo step with ExcelApi 1.20).
 */
import { markedCells, text } from "../core";
import { clearMarksIn, isExcelApiSupported, MarksNeedNewerExcel, MAX_MARK_NOTES, readMarksState, writeMarks, type MarksWritten } from "../excel";
import type { ActionHost } from "./action-host";
import { failure, ok, settle } from "./outcomes";
import { Refusal } from "./refusal";
import { checkOutcome } from "./read-actions";
import type { ActionResult, CheckOutcome, MarksOutcome, MarksState, Result, RunOptions, SummaryRunOptions } from "./types";
import { sayOf, sentences, withNothingChanged, words, type Words } from "./words";

/** `know`: told where the marks are after a run that changed them. */
export type KnowMarks = (marks: { sheetId: string; locale: string } | undefined) => void;

export async function markIssues(host: ActionHost, options?: SummaryRunOptions, know?: KnowMarks): Promise<Result<MarksOutcome>> {
  if (!isExcelApiSupported("1.9")) return failure("refused", withNothingChanged(words("marks-needs-api")));
  const locale = options?.displayLocale ?? "en-US";
  let done: { check: CheckOutcome; written: MarksWritten; sheetId: string } | undefined;
  const result = await host.write(options, async (scope) => {
    const check = checkOutcome(scope.read);
    const written = await newerExcelRefused(() => writeMarks(scope.context, { sheetId: scope.read.sheetId, origin: scope.read.rect }, markedCells(check.report.issues), {
      locale,
      beforeWrite: scope.beforeWrite,
      onProgress: (n, total) => options?.onProgress?.(n, total, text("marks-progress"), sayOf("marks-progress")),
    }));
    done = { check, written, sheetId: scope.read.sheetId };
    return markWords(check.sheetName, written);
  });
  if (!result.ok) return result;
  const { check, written, sheetId } = done!;
  know?.(written.errorCells + written.warningCells > 0 ? { sheetId, locale } : undefined);
  return ok({ ...result.value, check, errorCells: written.errorCells, warningCells: written.warningCells, userNotesKept: written.userNotesKept });
}

function markWords(sheet: string, written: MarksWritten): Words {
  const cells = written.errorCells + written.warningCells;
  const main = cells === 0 ? words("marks-none", { sheet }) : words("marks-done", { sheet, errors: written.errorCells, warnings: written.warningCells });
  const more: Words[] = [];
  if (written.userNotesKept > 0) more.push(words("marks-user-notes-kept", { count: written.userNotesKept }));
  if (written.notesLeftOut > 0) more.push(words("marks-notes-capped", { count: written.notesLeftOut, max: MAX_MARK_NOTES }));
  if (cells > 0 && written.kind === "none") more.push(words("marks-no-notes"));
  return sentences(main, ...more);
}

export async function clearMarks(host: ActionHost, options?: RunOptions, know?: KnowMarks): Promise<ActionResult> {
  if (!isExcelApiSupported("1.9")) return failure("refused", withNothingChanged(words("marks-needs-api")));
  const result = await host.write(options, async (scope) => {
    const cleared = await newerExcelRefused(() => clearMarksIn(scope.context, scope.read.sheetId, { beforeWrite: scope.beforeWrite }));
    return words(cleared ? "marks-cleared" : "marks-nothing-to-clear");
  });
  if (result.ok) know?.(undefined);
  return result;
}

/** Marks made with notes that this Excel cannot read are refused before anything changes (§30). */
async function newerExcelRefused<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof MarksNeedNewerExcel) throw new Refusal("refused", withNothingChanged(words("marks-newer-excel")));
    throw error;
  }
}

/** One sync: the record and every sheet's id and name. */
export async function marksState(host: ActionHost, know?: KnowMarks): Promise<Result<MarksState>> {
  return settle(async () => {
    const found = await host.readExcel((context) => readMarksState(context));
    know?.(found ? { sheetId: found.record.sheetId, locale: found.record.locale ?? "en-US" } : undefined);
    return ok<MarksState>(found ? { sheetName: found.sheetName, cells: found.record.cells } : { sheetName: null, cells: 0 });
  });
}
