/** Notes a check says once about the whole sheet (`CheckReport.notes`), as text and as data. */
import type { ReportNote } from "./types";
import { text, type MessageId, type MessageValues } from "./messages";

export function noteOf(id: MessageId, values: MessageValues = {}): ReportNote {
  return { message: text(id, values), say: { id, values } };
}

/** Values far outside the inventory that a table-only read left out: the first named, the rest counted. */
export function outsideInventoryNote(address: string, more: number): ReportNote {
  return noteOf("outside-inventory-ignored", { address, more });
}
