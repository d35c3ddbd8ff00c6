/**
 * Notes (ExcelApi 1.18): `Worksheet.notes` / `Workbook.notes` and `Note`. One note per cell, and never
 * on a cell that holds a threaded comment (README, "Notes").
 */
import type { HostRequestContext, SyncTx } from "./context";
import { jsonBytes } from "./context";
import { ErrorCode, officeError } from "./errors";
import { assertWritable } from "./cell-ops";
import { findById, HOST_AUTHOR, itemsOf, keyCol, keyRow, orderedItems, writableItems, type NoteModel } from "./cell-items";
import { cellOf, type CellRangeLike, type Scope } from "./cell-target";
import type { SheetModel, Workbook } from "./model";
import { CollectionObject, KeyedObject } from "./proxy";
import { Range } from "./range";

/** Where a note proxy points: its id, and where it was last seen (a hint; notes move with rows). */
export interface ItemRef { id: string; sheetId: string; key: number }

/** Adds a note on the cell (a user's action or `NoteCollection.add`): InvalidOperation where one is. */
export function putNote(wb: Workbook, sheet: SheetModel, key: number, content: string, api: string): NoteModel {
  assertWritable(wb, sheet);
  if (itemsOf(sheet, "notes").has(key)) throw officeError(ErrorCode.invalidOperation, "The cell already has a note; change its content instead.", api);
  if (itemsOf(sheet, "comments").has(key)) throw officeError(ErrorCode.invalidOperation, "The cell holds a threaded comment; a cell holds a note or a comment, not both.", api);
  const note: NoteModel = { id: wb.newId("note"), content: String(content), author: HOST_AUTHOR };
  writableItems(wb, sheet, "notes").set(key, note);
  return note;
}

export class Note extends KeyedObject<ItemRef> {
  protected readonly _typeName = "Note";
  protected readonly _scalars = ["authorName", "content"];

  /** @internal The note now, or ItemNotFound once deleted. */
  _noteOf(tx: SyncTx): { sheet: SheetModel; key: number; item: NoteModel } {
    const ref = this._keyOf(tx);
    const found = findById(this.context.host.wb.state.sheets, "notes", ref.id, ref);
    if (!found) throw officeError(ErrorCode.itemNotFound, "The note was deleted.", "Note");
    return found;
  }
  protected _read(tx: SyncTx, name: string): unknown {
    const { item } = this._noteOf(tx);
    return name === "content" ? item.content : item.author;
  }
  get authorName(): string { return this._get("authorName"); }
  get content(): string { return this._get("content"); }
  set content(value: string) {
    this._write("Note.content=", value, (tx) => {
      const { sheet, key, item } = this._noteOf(tx);
      const wb = this.context.host.wb;
      assertWritable(wb, sheet);
      writableItems(wb, sheet, "notes").set(key, { ...item, content: String(value) });
    });
  }
  delete(): void {
    this._write("Note.delete", null, (tx) => {
      const { sheet, key } = this._noteOf(tx);
      const wb = this.context.host.wb;
      assertWritable(wb, sheet);
      writableItems(wb, sheet, "notes").delete(key);
    });
  }
  /** The note's cell, where it is now. */
  getLocation(): Range {
    return new Range(this.context, (tx) => {
      const { sheet, key } = this._noteOf(tx);
      const r = keyRow(key), c = keyCol(key);
      return { sheetId: sheet.id, rect: { r0: r, r1: r, c0: c, c1: c } };
    }, false, "Note.getLocation");
  }
}

export class NoteCollection extends CollectionObject<Note> {
  protected readonly _typeName = "NoteCollection";
  constructor(ctx: HostRequestContext, private readonly scope: Scope) { super(ctx); }
  protected _members(tx: SyncTx): Note[] {
    return orderedItems(this.scope(tx).sheets, "notes").map(({ sheet, key, item }) =>
      new Note(this.context, () => null, false, null, { id: item.id, sheetId: sheet.id, key }));
  }
  private note(label: string, nullable: boolean, resolve: (tx: SyncTx) => ItemRef | null): Note {
    return new Note(this.context, resolve, nullable, label);
  }
  /** A note on one cell (ExcelApi 1.18): a Range or an address; the cell must have no note and no threaded comment. */
  add(cellAddress: CellRangeLike | string, content: string): Note {
    let ref: ItemRef | null = null;
    this.context._enqueue({
      label: "NoteCollection.add",
      bytes: 60 + jsonBytes(typeof cellAddress === "string" ? cellAddress : "") + jsonBytes(String(content)),
      run: (tx) => {
        const { sheet, key } = cellOf(tx, this.scope, cellAddress, "NoteCollection.add", false);
        ref = { id: putNote(this.context.host.wb, sheet, key, content, "NoteCollection.add").id, sheetId: sheet.id, key };
      },
    });
    return this.note("NoteCollection.add.result", false, () => ref);
  }
  private byCell(tx: SyncTx, key: string, api: string): ItemRef | null {
    const cell = cellOf(tx, this.scope, key, api, false);
    const item = itemsOf(cell.sheet, "notes").get(cell.key);
    return item ? { id: item.id, sheetId: cell.sheet.id, key: cell.key } : null;
  }
  getItem(key: string): Note {
    return this.note("NoteCollection.getItem", false, (tx) => {
      const ref = this.byCell(tx, key, "NoteCollection.getItem");
      if (!ref) throw officeError(ErrorCode.itemNotFound, `No note at '${key}'.`, "NoteCollection.getItem");
      return ref;
    });
  }
  getItemOrNullObject(key: string): Note {
    return this.note("NoteCollection.getItemOrNullObject", true, (tx) => this.byCell(tx, key, "NoteCollection.getItemOrNullObject"));
  }
  getItemAt(index: number): Note {
    return this.note("NoteCollection.getItemAt", false, (tx) => {
      const found = orderedItems(this.scope(tx).sheets, "notes")[index];
      if (!found) throw officeError(ErrorCode.itemNotFound, `No note at index ${index}.`, "NoteCollection.getItemAt");
      return { id: found.item.id, sheetId: found.sheet.id, key: found.key };
    });
  }
}
