/**
 * The counting state of a stocktake (design.md §26): the check's code table answers which row a
 * scan belongs to; per row the units counted, per code whether it was counted. Every change a
 * scan makes is returned as an effect, so undo takes back exactly that.
 */
import type { Analysis } from "./analyze";
import { VALID } from "./analyze";
import type { CodeTable } from "./code-table";
import type { ScanOutcome } from "./stocktake-types";

/** What a scan changed: the row counted (or -1) and the code marked as counted (or -1). */
export interface ScanEffect {
  row: number;
  key: number;
}

const NOTHING: ScanEffect = { row: -1, key: -1 };

export class StocktakeCount {
  /** Units counted per grid row. */
  readonly counted: Int32Array;
  /** Per code of the table: 1 once a unit was counted by it. */
  private readonly marked: Uint8Array;
  /** Distinct codes per grid row. */
  private readonly codesOfRow: Int32Array;
  private readonly codes: CodeTable;

  constructor(private readonly a: Analysis) {
    this.codes = a.codes;
    this.counted = new Int32Array(a.state.length);
    this.marked = new Uint8Array(this.codes.size);
    this.codesOfRow = new Int32Array(a.state.length);
    for (let k = 0; k < this.codes.size; k++) for (const r of this.codes.rowList(k)) this.codesOfRow[r]++;
  }

  /**
   * The outcome of one cleaned scan (not empty) and what it changed. Decision: a row with as many
   * codes as units (or more) has a code per unit, so a code counts once and its second scan is
   * `scanned-again`; a pool with fewer codes than units shares them, so every scan of any of its
   * codes counts one unit until the quantity is reached.
   */
  scan(code: string): { outcome: ScanOutcome; effect: ScanEffect } {
    const k = this.codes.find(code);
    if (k < 0) return { outcome: { kind: "unknown", code }, effect: NOTHING };
    const shown = this.codes.textOf(k);
    if (this.codes.rowsOf(k) > 1) return { outcome: { kind: "on-several-rows", rows: this.codes.rowList(k), code: shown }, effect: NOTHING };
    const row = this.codes.rowList(k, 1)[0];
    if (this.a.state[row] !== VALID) return { outcome: { kind: "on-invalid-row", row, code: shown }, effect: NOTHING };
    const expected = this.a.quantity[row];
    const counted = this.counted[row];
    const ownCodes = expected > 1 && this.codesOfRow[row] >= expected;
    if (expected === 1 && counted > 0) return { outcome: { kind: "scanned-again", row, code: shown }, effect: NOTHING };
    if (ownCodes && this.marked[k] === 1) return { outcome: { kind: "scanned-again", row, code: shown }, effect: NOTHING };
    if (counted >= expected) return { outcome: { kind: "more-than-quantity", row, code: shown }, effect: NOTHING };
    this.counted[row]++;
    if (ownCodes) this.marked[k] = 1;
    return { outcome: { kind: "matched", row, code: shown }, effect: { row, key: ownCodes ? k : -1 } };
  }

  /** Takes back what a scan changed. */
  undo(effect: ScanEffect): void {
    if (effect.row >= 0) this.counted[effect.row]--;
    if (effect.key >= 0) this.marked[effect.key] = 0;
  }
}
