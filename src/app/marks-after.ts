/**
 * Marks follow the other writes (issue 18): serialize and aggregate copy rows with everything on
 * them (our conditional formats and notes too), and fixes and new codes change what is wrong. So
 * after such a write succeeds on the sheet that holds the marks, the sheet is marked again in the
 * language it was marked in. A failure to re-mark is said, never turned into the write's failure.
 * Where the marks are is known from marking, clearing and `marksState` (which the pane asks when
 * it opens), so a write on a workbook without marks costs no extra sync. The pane's Undo still
 * undoes the write (marks left on rows it takes away go with them; the next check moves the rest).
 */
import { text, textOf } from "../core";
import type { UndoRecord } from "../excel";
import type { ActionHost } from "./action-host";
import { markIssues } from "./marks-run";
import { ok } from "./outcomes";
import type { ActionResult, Failure } from "./types";
import { sentences, words, type Words } from "./words";

/** Where the workbook's marks are, as last seen. */
export interface MarksSeen {
  sheetId: string;
  locale: string;
}

export class Remarks {
  /** The sheet the last write acted on. */
  private written: string | undefined;
  private marks: MarksSeen | undefined;

  /** `undo`: the app's pane-Undo slot, which the re-mark (a write of its own) must leave to the write before it. */
  constructor(private readonly host: () => ActionHost, private readonly undo: { undo: UndoRecord | undefined }) {}

  /** Called by every write with the sheet it acts on. */
  seen(sheetId: string): void {
    this.written = sheetId;
  }

  /** Called when marking, clearing or reading the marks' state learns where they are (undefined: none). */
  readonly know = (marks: MarksSeen | undefined): void => {
    this.marks = marks;
  };

  /** The sheet the last write acted on. */
  get lastWritten(): string | undefined {
    return this.written;
  }

  /** `write`'s result, after marking the sheet again when it holds the marks. */
  async after(write: Promise<ActionResult>): Promise<ActionResult> {
    const result = await write;
    if (!result.ok || !this.marks || this.marks.sheetId !== this.written) return result;
    const kept = this.undo.undo;
    const again = await markIssues(this.host(), { displayLocale: this.marks.locale }, this.know);
    this.undo.undo = kept;
    if (again.ok) return result;
    const said = sentences({ message: result.value.message, say: result.value.say ?? [] }, remarkFailed(again));
    return ok({ ...result.value, message: said.message, say: said.say });
  }
}

/** Why the re-mark failed, as data, without its nothing-changed sentence (the write before it stood). */
function remarkFailed(failed: Failure): Words {
  const reasons = (failed.say ?? []).filter((s) => s.id !== "nothing-changed");
  if (reasons.length === 0) return words("marks-remark-failed", { reason: failed.message.replace(` ${text("nothing-changed")}`, "") });
  const [reason, ...more] = reasons;
  return sentences(words("marks-remark-failed", { reason: textOf(reason) }, { reason }), ...more.map((s) => ({ message: textOf(s), say: [s] })));
}
