/** Excel.DataValidation (ExcelApi 1.8; on RangeAreas 1.9): rule, prompt, error alert, ignoreBlanks, type, clear(). */
import { formatAddress, type Rect } from "./a1";
import { assertWritable } from "./cell-ops";
import { ClientObject, jsonBytes, type HostRequestContext, type SyncTx } from "./context";
import { checkRule, clearValidation, contentsOf, patchCells, ruleType, sharedPart, typeOf, type DvContent } from "./data-validation";
import { ErrorCode, officeError } from "./errors";
import type { SheetModel } from "./model";
import { Range } from "./range";

export type DvOwner = (tx: SyncTx) => { sheet: SheetModel; rects: Rect[] };

export class DataValidation extends ClientObject {
  protected readonly _typeName = "DataValidation";
  protected readonly _scalars = ["type", "rule", "prompt", "errorAlert", "ignoreBlanks"];
  constructor(ctx: HostRequestContext, private readonly owner: DvOwner) { super(ctx); }

  /** Each property as the cells share it, or null where they differ in it (type: the rule's, README). */
  protected _read(tx: SyncTx, name: string): unknown {
    const { sheet, rects } = this.owner(tx);
    if (name === "type") return typeOf(sheet, rects);
    const part = sharedPart(sheet, rects, name as keyof DvContent);
    if (part === null) return null;
    return part.value !== null && typeof part.value === "object" ? structuredClone(part.value) : (part.value ?? {});
  }

  get type(): string { return this._get("type"); }
  get rule(): Excel.DataValidationRule { return this._get("rule"); }
  /** Replaces the cells' rule (prompt and alert stay); cells that differ in validation → InvalidArgument (README). */
  set rule(v: Excel.DataValidationRule) {
    this._patch("DataValidation.rule=", v, (tx, sheet, rects) => {
      const rule = checkRule(v, (source) => (source instanceof Range ? `=${formatAddress(source._target(tx).sheet.name, source._target(tx).rect)}` : source));
      const contents = contentsOf(sheet, rects);
      if (contents.length > 1 && contents.some((c) => ruleType(c.rule) !== "None")) {
        throw officeError(ErrorCode.invalidArgument, "The cells have different data validation: clear() them before setting a rule.", "DataValidation.rule");
      }
      return (old) => ({ ...old, rule });
    });
  }
  get prompt(): Excel.DataValidationPrompt { return this._get("prompt"); }
  set prompt(v: Excel.DataValidationPrompt) { this._patch("DataValidation.prompt=", v, () => (old) => ({ ...old, prompt: { ...old.prompt, ...v } })); }
  get errorAlert(): Excel.DataValidationErrorAlert { return this._get("errorAlert"); }
  set errorAlert(v: Excel.DataValidationErrorAlert) {
    this._patch("DataValidation.errorAlert=", v, () => (old) => ({ ...old, errorAlert: { ...old.errorAlert, ...v } }));
  }
  get ignoreBlanks(): boolean { return this._get("ignoreBlanks"); }
  set ignoreBlanks(v: boolean) { this._patch("DataValidation.ignoreBlanks=", v, () => (old) => ({ ...old, ignoreBlanks: v })); }

  /** Takes validation off the cells ("only the overlapping cells … are cleared"). */
  clear(): void {
    this.context._enqueue({
      label: "DataValidation.clear", bytes: 60,
      run: (tx) => {
        const { sheet, rects } = this.owner(tx);
        assertWritable(this.context.host.wb, sheet);
        clearValidation(sheet, rects);
      },
    });
  }

  private _patch(label: string, payload: unknown, prepare: (tx: SyncTx, sheet: SheetModel, rects: Rect[]) => (old: DvContent) => DvContent): void {
    const copy = payload && typeof payload === "object" && !(payload instanceof Range) ? { ...payload } : payload;
    this.context._enqueue({
      label, bytes: 40 + label.length + jsonBytes(copy ?? null),
      run: (tx) => {
        const { sheet, rects } = this.owner(tx);
        assertWritable(this.context.host.wb, sheet);
        patchCells(sheet, rects, prepare(tx, sheet, rects));
      },
    });
  }
}
