/**
 * What a check says once about availability (design.md §28): rows whose status nobody classed
 * (their units count as unavailable) and rows that say nothing (their units count as available).
 * Only a sheet with a status or an available column gets these notes.
 */
import type { ReportNote } from "./types";
import { STATUS_NONE, STATUS_UNKNOWN } from "./availability";
import { noteOf } from "./report-notes";

/** Valid rows by what they say about availability, counted by difference (the live index takes rows away too). */
export class AvailabilityTally {
  unknown = 0;
  empty = 0;

  /** Adds (`sign` 1) or takes away (−1) a valid row with this status code and available count (NaN: none). */
  add(status: number, available: number, sign: 1 | -1): void {
    if (status === STATUS_UNKNOWN) this.unknown += sign;
    else if (status === STATUS_NONE && Number.isNaN(available)) this.empty += sign;
  }

  notes(): ReportNote[] {
    const notes: ReportNote[] = [];
    if (this.unknown > 0) notes.push(noteOf("note-status-unknown", { count: this.unknown }));
    if (this.empty > 0) notes.push(noteOf("note-availability-empty", { count: this.empty }));
    return notes;
  }
}
