/**
 * Threaded comments (ExcelApi 1.10): `Worksheet.comments` / `Workbook.comments`, `Comment` and its
 * replies (read-only here: seeded). A cell holds a note or a threaded comment, never both.
 */
import { ClientObject, jsonBytes, type HostRequestContext, type SyncTx } from "./context";
import { ErrorCode, officeError } from "./errors";
import { assertWritable } from "./cell-ops";
import { findById, HOST_AUTHOR, itemsOf, keyCol, keyRow, orderedItems, writableItems, type CommentModel } from "./cell-items";
import { cellOf, type CellRangeLike, type Scope } from "./cell-target";
import type { SheetModel, Workbook } from "./model";
import type { ItemRef } from "./notes";
import { CollectionObject, KeyedObject } from "./proxy";
import { Range } from "./range";

/** Adds a threaded comment on the cell: InvalidOperation where a comment or a note is. */
export function putComment(wb: Workbook, sheet: SheetModel, key: number, content: string, api: string): CommentModel {
  assertWritable(wb, sheet);
  if (itemsOf(sheet, "comments").has(key)) throw officeError(ErrorCode.invalidOperation, "The cell already has a comment; reply or change its content instead.", api);
  if (itemsOf(sheet, "notes").has(key)) throw officeError(ErrorCode.invalidOperation, "The cell holds a note; a cell holds a note or a comment, not both.", api);
  const comment: CommentModel = { id: wb.newId("comment"), content: String(content), author: HOST_AUTHOR, replies: [] };
  writableItems(wb, sheet, "comments").set(key, comment);
  return comment;
}

export class CommentReply extends ClientObject {
  protected readonly _typeName = "CommentReply";
  protected readonly _scalars = ["content", "authorName"];
  constructor(ctx: HostRequestContext, private readonly text: string) { super(ctx); }
  protected _read(_tx: SyncTx, name: string): unknown { return name === "content" ? this.text : HOST_AUTHOR; }
  get content(): string { return this._get("content"); }
  get authorName(): string { return this._get("authorName"); }
}

/** A comment's replies: as seeded (`{ content, replies }`); the host has no `add`. */
export class CommentReplyCollection extends CollectionObject<CommentReply> {
  protected readonly _typeName = "CommentReplyCollection";
  constructor(ctx: HostRequestContext, private readonly comment: Comment) { super(ctx); }
  protected _members(tx: SyncTx): CommentReply[] {
    return this.comment._commentOf(tx).item.replies.map((text) => new CommentReply(this.context, text));
  }
}

export class Comment extends KeyedObject<ItemRef> {
  protected readonly _typeName = "Comment";
  protected readonly _scalars = ["id", "content", "authorName", "contentType"];
  private _replies?: CommentReplyCollection;

  /** @internal The comment now, or ItemNotFound once deleted. */
  _commentOf(tx: SyncTx): { sheet: SheetModel; key: number; item: CommentModel } {
    const ref = this._keyOf(tx);
    const found = findById(this.context.host.wb.state.sheets, "comments", ref.id, ref);
    if (!found) throw officeError(ErrorCode.itemNotFound, "The comment was deleted.", "Comment");
    return found;
  }
  protected _read(tx: SyncTx, name: string): unknown {
    const { item } = this._commentOf(tx);
    if (name === "id") return item.id;
    if (name === "contentType") return "Plain";
    return name === "content" ? item.content : item.author;
  }
  protected override _navigate(name: string): ClientObject | undefined {
    return name === "replies" ? this.replies : undefined;
  }
  get id(): string { return this._get("id"); }
  get authorName(): string { return this._get("authorName"); }
  get contentType(): string { return this._get("contentType"); }
  get content(): string { return this._get("content"); }
  set content(value: string) {
    this._write("Comment.content=", value, (tx) => {
      const { sheet, key, item } = this._commentOf(tx);
      const wb = this.context.host.wb;
      assertWritable(wb, sheet);
      writableItems(wb, sheet, "comments").set(key, { ...item, content: String(value) });
    });
  }
  get replies(): CommentReplyCollection {
    return (this._replies ??= new CommentReplyCollection(this.context, this));
  }
  delete(): void {
    this._write("Comment.delete", null, (tx) => {
      const { sheet, key } = this._commentOf(tx);
      const wb = this.context.host.wb;
      assertWritable(wb, sheet);
      writableItems(wb, sheet, "comments").delete(key);
    });
  }
  getLocation(): Range {
    return new Range(this.context, (tx) => {
      const { sheet, key } = this._commentOf(tx);
      const r = keyRow(key), c = keyCol(key);
      return { sheetId: sheet.id, rect: { r0: r, r1: r, c0: c, c1: c } };
    }, false, "Comment.getLocation");
  }
}

export class CommentCollection extends CollectionObject<Comment> {
  protected readonly _typeName = "CommentCollection";
  constructor(ctx: HostRequestContext, private readonly scope: Scope) { super(ctx); }
  protected _members(tx: SyncTx): Comment[] {
    return orderedItems(this.scope(tx).sheets, "comments").map(({ sheet, key, item }) =>
      new Comment(this.context, () => null, false, null, { id: item.id, sheetId: sheet.id, key }));
  }
  private comment(label: string, nullable: boolean, resolve: (tx: SyncTx) => ItemRef | null): Comment {
    return new Comment(this.context, resolve, nullable, label);
  }
  /** A string address must name its sheet ("it must contain the full address, including the sheet name"). */
  add(cellAddress: CellRangeLike | string, content: string, contentType: string = "Plain"): Comment {
    let ref: ItemRef | null = null;
    this.context._enqueue({
      label: "CommentCollection.add",
      bytes: 60 + jsonBytes(typeof cellAddress === "string" ? cellAddress : "") + jsonBytes(content),
      run: (tx) => {
        if (typeof content !== "string" || contentType !== "Plain") {
          throw officeError(ErrorCode.notImplemented, "The test host models plain-text comments only.", "CommentCollection.add");
        }
        const { sheet, key } = cellOf(tx, this.scope, cellAddress, "CommentCollection.add", true);
        ref = { id: putComment(this.context.host.wb, sheet, key, content, "CommentCollection.add").id, sheetId: sheet.id, key };
      },
    });
    return this.comment("CommentCollection.add.result", false, () => ref);
  }
  private byId(tx: SyncTx, id: string): ItemRef | null {
    const found = findById(this.scope(tx).sheets, "comments", id);
    return found ? { id, sheetId: found.sheet.id, key: found.key } : null;
  }
  getItem(commentId: string): Comment {
    return this.comment("CommentCollection.getItem", false, (tx) => {
      const ref = this.byId(tx, commentId);
      if (!ref) throw officeError(ErrorCode.itemNotFound, `No comment '${commentId}'.`, "CommentCollection.getItem");
      return ref;
    });
  }
  /** ExcelApi 1.14. */
  getItemOrNullObject(commentId: string): Comment {
    return this.comment("CommentCollection.getItemOrNullObject", true, (tx) => this.byId(tx, commentId));
  }
  /** The comment on one cell; none → ItemNotFound ("If there is no comment in the cell, an error is thrown"). */
  getItemByCell(cellAddress: CellRangeLike | string): Comment {
    return this.comment("CommentCollection.getItemByCell", false, (tx) => {
      const { sheet, key } = cellOf(tx, this.scope, cellAddress, "CommentCollection.getItemByCell", true);
      const item = itemsOf(sheet, "comments").get(key);
      if (!item) throw officeError(ErrorCode.itemNotFound, "There is no comment in the cell.", "CommentCollection.getItemByCell");
      return { id: item.id, sheetId: sheet.id, key };
    });
  }
  getItemAt(index: number): Comment {
    return this.comment("CommentCollection.getItemAt", false, (tx) => {
      const found = orderedItems(this.scope(tx).sheets, "comments")[index];
      if (!found) throw officeError(ErrorCode.itemNotFound, `No comment at index ${index}.`, "CommentCollection.getItemAt");
      return { id: found.item.id, sheetId: found.sheet.id, key: found.key };
    });
  }
}
