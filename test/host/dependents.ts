/**
 * `Range.getDirectDependents()` (ExcelApi 1.13): the cells whose formulas refer directly to a
 * cell of the range, on any sheet, as a `WorkbookRangeAreas` whose `addresses` name them
 * (`Sheet!H3`, one per cell here). No dependents fails the sync with `ItemNotFound`, as the
 * doc comment in @types/office-js says. References are found in the formula text: A1 cells
 * and ranges, with or without a sheet name (text in quotes is not skipped: tests avoid it).
 */
import { columnIndex, formatAddress, intersect, type Rect } from "./a1";
import { ClientObject, type HostRequestContext, type SyncTx } from "./context";
import { ErrorCode, officeError } from "./errors";
import type { SheetModel } from "./model";

const REF = /(?:('(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!)?\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?/g;

/** The rectangles a formula refers to, each with the sheet it names (lower case; the home sheet when it names none). */
function references(formula: string, home: string): { sheet: string; rect: Rect }[] {
  const out: { sheet: string; rect: Rect }[] = [];
  for (const m of formula.matchAll(REF)) {
    const sheet = m[1] ? m[1].replace(/^'|'$/g, "").replace(/''/g, "'") : home;
    const r0 = Number(m[3]) - 1, c0 = columnIndex(m[2]) - 1;
    const r1 = m[5] ? Number(m[5]) - 1 : r0, c1 = m[4] ? columnIndex(m[4]) - 1 : c0;
    out.push({ sheet: sheet.toLowerCase(), rect: { r0: Math.min(r0, r1), r1: Math.max(r0, r1), c0: Math.min(c0, c1), c1: Math.max(c0, c1) } });
  }
  return out;
}

/** Addresses of the formula cells of `sheets` that refer directly to `target` on `on`. */
export function directDependents(sheets: readonly SheetModel[], on: SheetModel, target: Rect): string[] {
  const found: string[] = [];
  const name = on.name.toLowerCase();
  for (const sheet of sheets) {
    sheet.rows.forEach((row, r) => row?.f?.forEach((formula, c) => {
      if (formula === undefined) return;
      if (references(formula, sheet.name).some((ref) => ref.sheet === name && intersect(ref.rect, target))) {
        found.push(formatAddress(sheet.name, { r0: r, r1: r, c0: c, c1: c }));
      }
    }));
  }
  return found;
}

export class WorkbookRangeAreas extends ClientObject {
  protected readonly _typeName = "WorkbookRangeAreas";
  protected readonly _scalars = ["addresses"];
  private _addresses: string[] | undefined;

  constructor(ctx: HostRequestContext, private readonly _resolver: (tx: SyncTx) => string[], label: string) {
    super(ctx);
    ctx._enqueue({ label, bytes: 60 + label.length, run: (tx) => void this._resolve(tx) });
  }

  private _resolve(tx: SyncTx): string[] {
    if (!this._addresses) {
      const addresses = this._resolver(tx);
      if (addresses.length === 0) throw officeError(ErrorCode.itemNotFound, "No dependents were found.", "Range.getDirectDependents");
      this._addresses = addresses;
      tx.onRollback.push(() => { this._addresses = undefined; });
    }
    return this._addresses;
  }

  protected _read(tx: SyncTx): unknown {
    return [...this._resolve(tx)];
  }

  get addresses(): string[] { return this._get("addresses"); }
}
