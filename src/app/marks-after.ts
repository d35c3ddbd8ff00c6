/**
 * Marks follow the other writes (issue 18): serialize and aggregate copy rows with everything on
 * them (our conditional formats and notes too), and fixes and new codes change what is wrong. So
 * after such a write succeeds on the sheet that holds the marks, the sheet is marked again in the
 * language it was marked in. A failure to re-mark is said, never turned into the write's failure.
 * Where the marks are is known from marking, clearing and `marksState` (which the pane asks when
 * it opens), so a write on a workbook without marks costs no extra sync.
 */
import type { ActionHost } from "./action-host";
import { markIssues } from "./marks-run";
import { ok } from "./outcomes";
import type { ActionResult } from "./types";
import { sentences, words } from "./words";

/** Where the workbook's marks are, as last seen. */
export interface MarksSeen {
  sheetId: string;
  locale: string;
}

export class Remarks {
  /** The sheet the last write acted on. */
  private written: string | undefined;
  private marks: MarksSeen | undefined;

  constructor(private readonly host: () => ActionHost) {}

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
    const again = await markIssues(this.host(), { displayLocale: this.marks.locale }, this.know);
    if (again.ok) return result;
    const said = sentences({ message: result.value.message, say: result.value.say ?? [] }, words("marks-remark-failed", { reason: again.message }));
    return ok({ ...result.value, message: said.message, say: said.say });
  }
}
