/** Excel.Worksheet and Excel.WorksheetCollection, with protection, custom properties and onChanged. */
import { checkRect, MAX_COLS, MAX_ROWS, parseRect, splitSheet } from "./a1";
import { ClientObject, type HostRequestContext, type SyncTx } from "./context";
import { ErrorCode, officeError } from "./errors";
import type { SheetModel } from "./model";
import { CollectionObject, KeyedObject } from "./proxy";
import { AutoFilter } from "./auto-filter";
import { Range } from "./range";
import { RangeAreas } from "./range-areas";
import { ChartCollection } from "./chart";
import { TableCollection } from "./table";
import { WorksheetChangedEvent, WorksheetCustomPropertyCollection, WorksheetProtection } from "./worksheet-parts";
import { PageBreakCollection, PageLayout, printOf, ShapeCollection } from "./worksheet-print";
import { NoteCollection } from "./notes";
import { CommentCollection } from "./comments";

/**
 * APIs without undo support fail inside a grouped run (`mergeUndoGroup`, ExcelApi 1.20) with
 * UndoNotSupported: some everywhere, some only in Excel on Windows and Mac ("Undo capabilities").
 */
function refuseInUndoGroup(context: HostRequestContext, api: string, where: "everywhere" | "desktop"): void {
  if (!context.grouped) return;
  if (where === "desktop" && !["PC", "Mac"].includes(context.host.platform)) return;
  throw officeError(ErrorCode.undoNotSupported, `${api} has no undo support, so it cannot run in an undo group.`, api);
}

/** Longest address `getRanges` takes: reported (not documented) limit, as for VBA's Range (README). */
export const MAX_RANGES_ADDRESS = 255;

export class Worksheet extends KeyedObject<string> {
  protected readonly _typeName = "Worksheet";
  protected readonly _scalars = ["id", "name", "position", "visibility", "tabColor", "showGridlines"];
  private _protection?: WorksheetProtection;

  /** @internal The sheet now (ItemNotFound if deleted). */
  _sheetOf(tx: SyncTx): SheetModel {
    const sheet = this.context.host.wb.sheetById(this._keyOf(tx));
    if (!sheet) throw officeError(ErrorCode.itemNotFound, "The worksheet was deleted.", "Worksheet");
    return sheet;
  }

  protected _read(tx: SyncTx, name: string): unknown {
    const sheet = this._sheetOf(tx);
    switch (name) {
      case "id": return sheet.id;
      case "name": return sheet.name;
      case "position": return this.context.host.wb.state.sheets.indexOf(sheet);
      case "visibility": return sheet.visibility ?? "Visible";
      case "tabColor": return "";
      case "showGridlines": return sheet.print?.showGridlines ?? true;
    }
    return undefined;
  }

  protected override _navigate(name: string): ClientObject | undefined {
    if (name === "autoFilter") return this.autoFilter;
    return name === "protection" ? this.protection : undefined;
  }

  get id(): string { return this._get("id"); }
  get name(): string { return this._get("name"); }
  set name(value: string) {
    this._write("Worksheet.name=", value, (tx) => {
      refuseInUndoGroup(this.context, "Worksheet.name", "desktop");
      const sheet = this._sheetOf(tx);
      checkSheetName(value);
      const other = this.context.host.wb.sheetByName(value);
      if (other && other !== sheet) throw officeError(ErrorCode.itemAlreadyExists, `A sheet named '${value}' already exists.`, "Worksheet.name");
      sheet.name = value;
    });
  }
  get position(): number { return this._get("position"); }
  /** Moves the tab to a zero-based position (Worksheet.position is writable since ExcelApi 1.1). */
  set position(value: number) {
    this._write("Worksheet.position=", value, (tx) => {
      refuseInUndoGroup(this.context, "Worksheet.position", "desktop");
      const sheet = this._sheetOf(tx);
      const sheets = this.context.host.wb.state.sheets;
      if (!Number.isInteger(value) || value < 0 || value >= sheets.length) {
        throw officeError(ErrorCode.invalidArgument, `There is no position ${value} among ${sheets.length} sheets.`, "Worksheet.position");
      }
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(value, 0, sheet);
    });
  }
  get visibility(): string { return this._get("visibility"); }
  /** Hidden sheets stay in the workbook; the last visible sheet cannot be hidden (InvalidOperation), as in Excel. */
  set visibility(value: string) {
    this._write("Worksheet.visibility=", value, (tx) => {
      const sheet = this._sheetOf(tx);
      if (!["Visible", "Hidden", "VeryHidden"].includes(value)) throw officeError(ErrorCode.invalidArgument, `'${value}' is not a sheet visibility.`, "Worksheet.visibility");
      const others = this.context.host.wb.state.sheets.filter((s) => s !== sheet && (s.visibility ?? "Visible") === "Visible");
      if (value !== "Visible" && others.length === 0) throw officeError(ErrorCode.invalidOperation, "A workbook must keep at least one visible sheet.", "Worksheet.visibility");
      sheet.visibility = value as SheetModel["visibility"];
    });
  }

  get protection(): WorksheetProtection {
    return (this._protection ??= new WorksheetProtection(this.context, this));
  }
  // Navigation properties return the same object every time, as in Office.js.
  private _custom?: WorksheetCustomPropertyCollection;
  private _tables?: TableCollection;
  private _charts?: ChartCollection;
  private _onChanged?: WorksheetChangedEvent;
  private _autoFilter?: AutoFilter;
  private _print?: { layout: PageLayout; breaks: PageBreakCollection; shapes: ShapeCollection };
  private get print() {
    const sheetOf = (tx: SyncTx) => this._sheetOf(tx);
    return (this._print ??= {
      layout: new PageLayout(this.context, sheetOf), breaks: new PageBreakCollection(this.context, sheetOf), shapes: new ShapeCollection(this.context, sheetOf),
    });
  }
  get pageLayout(): PageLayout { return this.print.layout; }
  get horizontalPageBreaks(): PageBreakCollection { return this.print.breaks; }
  get shapes(): ShapeCollection { return this.print.shapes; }
  get showGridlines(): boolean { return this._get("showGridlines"); }
  set showGridlines(value: boolean) {
    this._write("Worksheet.showGridlines=", value, (tx) => { printOf(this._sheetOf(tx)).showGridlines = value; });
  }
  get autoFilter(): AutoFilter {
    return (this._autoFilter ??= new AutoFilter(this.context, (tx) => this._sheetOf(tx)));
  }

  get customProperties(): WorksheetCustomPropertyCollection {
    return (this._custom ??= new WorksheetCustomPropertyCollection(this.context, this));
  }
  get tables(): TableCollection {
    return (this._tables ??= new TableCollection(this.context, (tx) => this._sheetOf(tx).id));
  }
  get charts(): ChartCollection {
    return (this._charts ??= new ChartCollection(this.context, this));
  }
  private _notes?: NoteCollection;
  /** ExcelApi 1.18. */
  get notes(): NoteCollection {
    return (this._notes ??= new NoteCollection(this.context, (tx) => {
      const sheet = this._sheetOf(tx);
      return { wb: this.context.host.wb, sheets: [sheet], sheetId: sheet.id };
    }));
  }
  private _comments?: CommentCollection;
  /** ExcelApi 1.10. */
  get comments(): CommentCollection {
    return (this._comments ??= new CommentCollection(this.context, (tx) => {
      const sheet = this._sheetOf(tx);
      return { wb: this.context.host.wb, sheets: [sheet], sheetId: sheet.id };
    }));
  }
  get onChanged(): WorksheetChangedEvent {
    return (this._onChanged ??= new WorksheetChangedEvent(this));
  }

  getRange(address?: string): Range {
    return new Range(this.context, (tx) => {
      const sheet = this._sheetOf(tx);
      if (!address) return { sheetId: sheet.id, rect: { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLS - 1 } };
      const { sheet: name, cells } = splitSheet(address);
      if (name && name.toLowerCase() !== sheet.name.toLowerCase()) {
        throw officeError(ErrorCode.invalidArgument, `The address '${address}' is on another sheet.`, "Worksheet.getRange");
      }
      return { sheetId: sheet.id, rect: parseRect(cells) };
    }, false, `Worksheet.getRange(${address ?? ""})`);
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Range {
    return new Range(this.context, (tx) => {
      const rect = { r0: startRow, c0: startColumn, r1: startRow + rowCount - 1, c1: startColumn + columnCount - 1 };
      checkRect(rect);
      return { sheetId: this._sheetOf(tx).id, rect };
    }, false, "Worksheet.getRangeByIndexes");
  }

  /** Several areas on this sheet, `"A1:B2,D5:D7"` (ExcelApi 1.9). */
  getRanges(address: string): RangeAreas {
    return new RangeAreas(this.context, (tx) => {
      const sheet = this._sheetOf(tx);
      if (address.length > MAX_RANGES_ADDRESS) {
        throw officeError(ErrorCode.invalidArgument, `The address is ${address.length} characters; getRanges takes at most ${MAX_RANGES_ADDRESS} (README).`, "Worksheet.getRanges");
      }
      const rects = address.split(",").map((part) => {
        const { sheet: name, cells } = splitSheet(part);
        if (name && name.toLowerCase() !== sheet.name.toLowerCase()) {
          throw officeError(ErrorCode.invalidArgument, `The address '${part}' is on another sheet.`, "Worksheet.getRanges");
        }
        return parseRect(cells);
      });
      return { sheetId: sheet.id, rects };
    }, "Worksheet.getRanges");
  }

  getCell(row: number, column: number): Range {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  /** Used range; an empty sheet gives A1 (as Excel does). */
  getUsedRange(valuesOnly = false): Range {
    return new Range(this.context, (tx) => {
      const sheet = this._sheetOf(tx);
      const used = this.context.host.wb.usedRect(sheet, valuesOnly);
      return { sheetId: sheet.id, rect: used ?? { r0: 0, c0: 0, r1: 0, c1: 0 } };
    }, false, "Worksheet.getUsedRange");
  }

  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return new Range(this.context, (tx) => {
      const sheet = this._sheetOf(tx);
      const used = this.context.host.wb.usedRect(sheet, valuesOnly);
      return used ? { sheetId: sheet.id, rect: used } : null;
    }, true, "Worksheet.getUsedRangeOrNullObject");
  }

  activate(): void {
    this._write("Worksheet.activate", null, (tx) => {
      const sheet = this._sheetOf(tx);
      const state = this.context.host.wb.state;
      state.activeId = sheet.id;
      state.selection = { sheetId: sheet.id, rects: [{ r0: 0, c0: 0, r1: 0, c1: 0 }] };
    });
  }

  delete(): void {
    this._write("Worksheet.delete", null, (tx) => {
      refuseInUndoGroup(this.context, "Worksheet.delete", "everywhere");
      const sheet = this._sheetOf(tx);
      const state = this.context.host.wb.state;
      if (state.sheets.length === 1) throw officeError(ErrorCode.invalidOperation, "A workbook must keep at least one sheet.", "Worksheet.delete");
      state.sheets = state.sheets.filter((s) => s !== sheet);
      state.tables = state.tables.filter((t) => t.sheetId !== sheet.id);
      state.charts = state.charts.filter((c) => c.sheetId !== sheet.id);
      if (state.activeId === sheet.id) {
        state.activeId = state.sheets[0].id;
        state.selection = { sheetId: state.activeId, rects: [{ r0: 0, c0: 0, r1: 0, c1: 0 }] };
      }
    });
  }
}

export function checkSheetName(name: string): void {
  if (!name || name.length > 31 || /[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'") || name.toLowerCase() === "history") {
    throw officeError(ErrorCode.invalidArgument, `'${name}' is not a valid sheet name (1-31 characters, none of : \\ / ? * [ ]).`, "Worksheet.name");
  }
}

export class WorksheetCollection extends CollectionObject<Worksheet> {
  protected readonly _typeName = "WorksheetCollection";
  protected _members(): Worksheet[] {
    return this.context.host.wb.state.sheets.map((s) => new Worksheet(this.context, () => s.id, false, null, s.id));
  }
  private _find(key: string): SheetModel | undefined {
    const wb = this.context.host.wb;
    return wb.sheetByName(key) ?? wb.sheetById(key);
  }
  getItem(key: string): Worksheet {
    return new Worksheet(this.context, () => {
      const s = this._find(key);
      if (!s) throw officeError(ErrorCode.itemNotFound, `The worksheet '${key}' doesn't exist.`, "WorksheetCollection.getItem");
      return s.id;
    }, false, `WorksheetCollection.getItem(${key})`);
  }
  getItemOrNullObject(key: string): Worksheet {
    return new Worksheet(this.context, () => this._find(key)?.id ?? null, true, `WorksheetCollection.getItemOrNullObject(${key})`);
  }
  getActiveWorksheet(): Worksheet {
    return new Worksheet(this.context, () => this.context.host.wb.state.activeId, false, "WorksheetCollection.getActiveWorksheet");
  }
  getFirst(): Worksheet {
    return new Worksheet(this.context, () => this.context.host.wb.state.sheets[0].id, false, "WorksheetCollection.getFirst");
  }
  add(name?: string): Worksheet {
    return new Worksheet(this.context, () => {
      const wb = this.context.host.wb;
      let finalName = name;
      if (!finalName) {
        let i = wb.state.sheets.length + 1;
        while (wb.sheetByName(`Sheet${i}`)) i++;
        finalName = `Sheet${i}`;
      }
      checkSheetName(finalName);
      if (wb.sheetByName(finalName)) {
        throw officeError(ErrorCode.itemAlreadyExists, `A sheet named '${finalName}' already exists.`, "WorksheetCollection.add");
      }
      const sheet: SheetModel = { id: wb.newId("sheet"), name: finalName, protected: false, rows: [], custom: {} };
      wb.state.sheets = [...wb.state.sheets, sheet];
      return sheet.id;
    }, false, `WorksheetCollection.add(${name ?? ""})`);
  }
}
