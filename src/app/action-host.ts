/**
 * What the app's newer actions (marks, entry rules, issues export) get from `ExcelInventoryApp`:
 * a write in the app's frame (lock, one Excel.run, errors as results), reads of the inventory
 * sheet, and a read-only run of Excel under the read lock. Each action lives in its own module.
 */
import type { ExcelContext } from "../excel";
import type { SheetReads } from "./sheet-reads";
import type { ActionResult, RunOptions } from "./types";
import type { ReadFor, WriteDone, WriteScope } from "./write-action";

export interface ActionHost {
  /** A write on the inventory sheet chosen in the pane (else the active sheet); see `runWrite`. */
  write(options: RunOptions | undefined, body: (scope: WriteScope) => Promise<WriteDone>, read?: ReadFor): Promise<ActionResult>;
  /** Reads of the inventory sheet under the app's read lock. */
  reads: SheetReads;
  /** A run of Excel under the read lock, for what is not the inventory (settings, owned sheets). */
  readExcel<T>(work: (context: ExcelContext) => Promise<T>): Promise<T>;
}
