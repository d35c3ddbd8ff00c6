/**
 * Which sheet is the inventory for this session (docs/design.md §1: the active sheet, unless the
 * pane picks another). The choice is kept by sheet id, so a rename keeps it; its name is
 * refreshed whenever a read or the sheet list sees the sheet.
 */
import type { InventoryRead, WorksheetList } from "../excel";
import { Refusal } from "./refusal";
import { withNothingChanged, words, type Words } from "./words";
import type { SheetList, SheetRef } from "./types";

export class InventorySheetChoice {
  private chosen: SheetRef | undefined;

  get(): SheetRef | undefined {
    return this.chosen;
  }

  set(sheet: SheetRef | null): void {
    this.chosen = sheet ? { id: sheet.id, name: sheet.name } : undefined;
  }

  /** What `readInventory` takes as `sheetName` (an id works): undefined for the active sheet. */
  target(): string | undefined {
    return this.chosen?.id;
  }

  /** A read of the chosen sheet: keep its current name for messages. */
  seen(read: Pick<InventoryRead, "sheetId" | "sheetName">): void {
    if (this.chosen && this.chosen.id === read.sheetId) this.chosen = { id: read.sheetId, name: read.sheetName };
  }

  /** The chosen sheet is gone: back to the active sheet, with the words that say so. */
  drop(): Words {
    const name = this.chosen?.name ?? "";
    this.chosen = undefined;
    return words("app-sheet-gone", { sheet: name });
  }

  /** The picker's list: visible sheets that are not our summaries (the chosen one is always listed). */
  list(workbook: WorksheetList): SheetList {
    let notice: Words | undefined;
    let chosen: SheetRef | null = null;
    if (this.chosen) {
      const id = this.chosen.id;
      const found = workbook.sheets.find((s) => s.id === id);
      if (found) {
        chosen = { id: found.id, name: found.name };
        this.chosen = chosen;
      } else {
        notice = this.drop();
      }
    }
    const sheets = workbook.sheets
      .filter((s) => s.id === chosen?.id || (s.visible && !s.summary))
      .map((s) => ({ id: s.id, name: s.name }));
    return notice === undefined
      ? { sheets, activeSheet: workbook.activeName, chosen }
      : { sheets, activeSheet: workbook.activeName, chosen, notice: notice.message, noticeSay: notice.say };
  }
}

/**
 * Serialize and aggregate act on the selection, which Excel keeps on the active sheet. A
 * selection read with the inventory but lying on another sheet means the chosen inventory
 * sheet is not the active one: refuse, rather than act on rows the user did not pick.
 */
export function requireSelectionOnInventory(read: InventoryRead): void {
  if (read.selection.length > 0 || read.selectionAddress === "") return;
  throw new Refusal("refused", withNothingChanged(words("app-selection-elsewhere", { sheet: read.sheetName })));
}
