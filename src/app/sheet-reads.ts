/**
 * Reads of the inventory sheet under the app's lock: the sheet chosen in the pane, else the
 * active one. A chosen sheet that was deleted is an answer (`kind: "sheet-missing"`), never
 * an exception: reads that can go on fall back to the active sheet with a notice, the others
 * stop with the notice.
 */
import { isMissingSheet, readInventory, runExcel, type InventoryRead, type ExcelContext } from "../excel";
import type { ActionLock } from "./action-lock";
import type { InventorySheetChoice } from "./inventory-sheet";
import { failure, ok } from "./outcomes";
import type { Result, RunOptions } from "./types";
import { words, type Words } from "./words";

/** What a read does with the inventory, in the same run of Excel (the context only passes through to the adapter). */
export type ReadWork<T> = (context: ExcelContext, read: InventoryRead) => Promise<T> | T;

export interface ReadRequest {
  /** Sheet to read, by name or id; the active sheet when omitted. */
  sheetName?: string;
  withSelection?: boolean;
  /** Read only the rows that can hold the header (find, the column mapping). */
  headerWindow?: boolean;
  onProgress?: RunOptions["onProgress"];
  signal?: AbortSignal;
}

/** A read's value, and the notice when the chosen sheet was gone and the active sheet was read instead. */
export interface SheetRead<T> {
  value: T;
  notice?: Words;
}

/**
 * Reads the inventory of `request.sheetName` (else the active sheet); undefined when that
 * sheet is no longer in the workbook (one more sync, on that error only).
 */
export async function readSheet(context: ExcelContext, request: ReadRequest): Promise<InventoryRead | undefined> {
  try {
    return await readInventory(context, request);
  } catch (error) {
    if (request.sheetName !== undefined && (await isMissingSheet(context, request.sheetName, error))) return undefined;
    throw error;
  }
}

export class SheetReads {
  constructor(
    private readonly lock: ActionLock,
    private readonly sheet: InventorySheetChoice,
  ) {}

  /** A read under the lock: alongside other reads, after any write that is running (blocks + 1 syncs). */
  read<T>(work: ReadWork<T>, request: ReadRequest = {}): Promise<Result<T>> {
    return this.lock.read(() =>
      runExcel(async (context): Promise<Result<T>> => {
        const read = await readSheet(context, request);
        if (!read) return failure("sheet-missing", words("app-sheet-deleted"));
        this.sheet.seen(read);
        return ok(await work(context, read));
      }),
    );
  }

  /**
   * A read of the inventory sheet. When the chosen sheet was deleted the choice goes back to
   * the active sheet; `"fall back"` then reads the active sheet and adds the notice, `"stop"`
   * answers the notice (the action did nothing).
   */
  async ofInventory<T>(work: ReadWork<T>, request: ReadRequest, missing: "fall back" | "stop"): Promise<Result<SheetRead<T>>> {
    const sheetName = this.sheet.target();
    if (sheetName === undefined) return withNotice(await this.read(work, request));
    const chosen = await this.read(work, { ...request, sheetName });
    if (chosen.ok || chosen.kind !== "sheet-missing") return withNotice(chosen);
    const notice = this.sheet.drop();
    if (missing === "stop") return failure("sheet-missing", words("app-try-again", {}, { reason: notice.say[0] }));
    return withNotice(await this.read(work, request), notice);
  }

  /** `ofInventory` for actions that have no use for the notice: they stop when the chosen sheet is gone. */
  async orStop<T>(work: ReadWork<T>, request: ReadRequest = {}): Promise<Result<T>> {
    const read = await this.ofInventory(work, request, "stop");
    return read.ok ? ok(read.value.value) : read;
  }
}

function withNotice<T>(result: Result<T>, notice?: Words): Result<SheetRead<T>> {
  if (!result.ok) return result;
  return ok(notice === undefined ? { value: result.value } : { value: result.value, notice });
}
