/** Excel.Workbook: worksheets, tables, settings, the selection; plus Application. */
import { ClientObject, type HostRequestContext, type SyncTx } from "./context";
import { ErrorCode, officeError } from "./errors";
import { CollectionObject, KeyedObject } from "./proxy";
import { Range } from "./range";
import { RangeAreas } from "./range-areas";
import { TableCollection } from "./table";
import { WorksheetCollection } from "./worksheet";
import { NoteCollection } from "./notes";
import { CommentCollection } from "./comments";

export class Setting extends KeyedObject<string> {
  protected readonly _typeName = "Setting";
  protected readonly _scalars = ["key", "value"];
  protected _read(tx: SyncTx, name: string): unknown {
    const key = this._keyOf(tx);
    const json = this.context.host.wb.state.settings[key];
    if (json === undefined) throw officeError(ErrorCode.itemNotFound, `No setting '${key}'.`, "Setting");
    return name === "key" ? key : JSON.parse(json);
  }
  get key(): string { return this._get("key"); }
  get value(): unknown { return this._get("value"); }
  set value(v: unknown) {
    this._write("Setting.value=", v, (_tx, key) => { this.context.host.wb.state.settings[key] = toJson(v); });
  }
  delete(): void {
    this._write("Setting.delete", null, (_tx, key) => { delete this.context.host.wb.state.settings[key]; });
  }
}

function toJson(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw officeError(ErrorCode.invalidArgument, "A setting's value must be JSON-serializable.", "SettingCollection.add");
  return json;
}

export class SettingCollection extends CollectionObject<Setting> {
  protected readonly _typeName = "SettingCollection";
  protected _members(): Setting[] {
    return Object.keys(this.context.host.wb.state.settings).map((k) => new Setting(this.context, () => k, false, null, k));
  }
  /** Adds or replaces a setting; the value is stored as JSON (so it comes back as a copy). */
  add(key: string, value: unknown): Setting {
    const json = toJson(value);
    this.context._enqueue({
      label: "SettingCollection.add",
      bytes: 60 + key.length + json.length,
      run: () => {
        if (!key) throw officeError(ErrorCode.invalidArgument, "A setting needs a key.", "SettingCollection.add");
        this.context.host.wb.state.settings[key] = json;
      },
    });
    return new Setting(this.context, () => key, false, null, key);
  }
  getItem(key: string): Setting {
    return new Setting(this.context, () => {
      if (this.context.host.wb.state.settings[key] === undefined) {
        throw officeError(ErrorCode.itemNotFound, `No setting '${key}'.`, "SettingCollection.getItem");
      }
      return key;
    }, false, "SettingCollection.getItem");
  }
  getItemOrNullObject(key: string): Setting {
    return new Setting(this.context, () => (this.context.host.wb.state.settings[key] === undefined ? null : key), true,
      "SettingCollection.getItemOrNullObject");
  }
}

/** Excel.NumberFormatInfo (ExcelApi 1.11): the system's separators for the culture. */
export class NumberFormatInfo extends ClientObject {
  protected readonly _typeName = "NumberFormatInfo";
  protected readonly _scalars = ["numberDecimalSeparator", "numberGroupSeparator"];
  protected _read(_tx: SyncTx, name: string): unknown {
    const { culture } = this.context.host;
    return name === "numberDecimalSeparator" ? culture.systemDecimal : culture.systemGroup;
  }
  get numberDecimalSeparator(): string { return this._get("numberDecimalSeparator"); }
  get numberGroupSeparator(): string { return this._get("numberGroupSeparator"); }
}

/** Excel.CultureInfo (ExcelApi 1.11): the system culture's name and number format. */
export class CultureInfo extends ClientObject {
  protected readonly _typeName = "CultureInfo";
  protected readonly _scalars = ["name"];
  readonly numberFormat: NumberFormatInfo;
  constructor(ctx: HostRequestContext) {
    super(ctx);
    this.numberFormat = new NumberFormatInfo(ctx);
  }
  protected _read(): unknown { return this.context.host.culture.name; }
  protected override _navigate(name: string): ClientObject | undefined {
    return name === "numberFormat" ? this.numberFormat : undefined;
  }
  get name(): string { return this._get("name"); }
}

export class Application extends ClientObject {
  protected readonly _typeName = "Application";
  protected readonly _scalars = ["calculationMode", "decimalSeparator", "thousandsSeparator", "useSystemSeparators"];
  private readonly culture: CultureInfo;
  constructor(ctx: HostRequestContext) {
    super(ctx);
    this.culture = new CultureInfo(ctx);
  }
  protected _read(_tx: SyncTx, name: string): unknown {
    const { culture } = this.context.host;
    if (name === "decimalSeparator") return culture.decimal;
    if (name === "thousandsSeparator") return culture.group;
    if (name === "useSystemSeparators") return culture.decimal === culture.systemDecimal && culture.group === culture.systemGroup;
    return "Automatic";
  }
  protected override _navigate(name: string): ClientObject | undefined {
    return name === "cultureInfo" ? this.culture : undefined;
  }
  /** ExcelApi 1.11: reading it on a host below that fails the next sync (api-check.ts). */
  get cultureInfo(): CultureInfo { return this.culture; }
  get calculationMode(): string { return this._get("calculationMode"); }
  get decimalSeparator(): string { return this._get("decimalSeparator"); }
  get thousandsSeparator(): string { return this._get("thousandsSeparator"); }
  get useSystemSeparators(): boolean { return this._get("useSystemSeparators"); }
  suspendApiCalculationUntilNextSync(): void {
    this.context._enqueue({ label: "Application.suspendApiCalculationUntilNextSync", bytes: 60, run: () => undefined });
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.context._enqueue({ label: "Application.suspendScreenUpdatingUntilNextSync", bytes: 60, run: () => undefined });
  }
  calculate(_type?: string): void {
    this.context._enqueue({ label: "Application.calculate", bytes: 60, run: () => undefined });
  }
}

export class Workbook extends ClientObject {
  protected readonly _typeName = "Workbook";
  protected readonly _scalars = ["name"];
  readonly worksheets: WorksheetCollection;
  readonly tables: TableCollection;
  readonly settings: SettingCollection;
  readonly application: Application;
  constructor(ctx: HostRequestContext) {
    super(ctx);
    this.worksheets = new WorksheetCollection(ctx);
    this.tables = new TableCollection(ctx, null);
    this.settings = new SettingCollection(ctx);
    this.application = new Application(ctx);
  }
  protected _read(): unknown { return "Book1.xlsx"; }
  get name(): string { return this._get("name"); }
  private _comments?: CommentCollection;
  /** ExcelApi 1.10: the threaded comments of every sheet. */
  get comments(): CommentCollection {
    return (this._comments ??= new CommentCollection(this.context, () => {
      const wb = this.context.host.wb;
      return { wb, sheets: wb.state.sheets, sheetId: null };
    }));
  }
  private _notes?: NoteCollection;
  /** ExcelApi 1.18: the notes of every sheet. */
  get notes(): NoteCollection {
    return (this._notes ??= new NoteCollection(this.context, () => {
      const wb = this.context.host.wb;
      return { wb, sheets: wb.state.sheets, sheetId: null };
    }));
  }

  /** The active cell range of the selection (its first area). */
  getSelectedRange(): Range {
    return new Range(this.context, () => {
      const sel = this.context.host.wb.state.selection;
      if (sel.rects.length > 1) {
        throw officeError(ErrorCode.invalidSelection, "The selection has several areas; use getSelectedRanges().", "Workbook.getSelectedRange");
      }
      return { sheetId: sel.sheetId, rect: { ...sel.rects[0] } };
    }, false, "Workbook.getSelectedRange");
  }

  getSelectedRanges(): RangeAreas {
    const sel = () => this.context.host.wb.state.selection;
    return new RangeAreas(this.context, () => sel(), "Workbook.getSelectedRanges");
  }

  getActiveCell(): Range {
    return new Range(this.context, () => {
      const sel = this.context.host.wb.state.selection;
      const r = sel.rects[0];
      return { sheetId: sel.sheetId, rect: { r0: r.r0, c0: r.c0, r1: r.r0, c1: r.c0 } };
    }, false, "Workbook.getActiveCell");
  }
}
