/**
 * Reads what a sheet holds of the add-in's marks, before anything changes (two syncs): our
 * conditional formats (by their rule formula) with their cells and priority, our notes (by the
 * hashes in the marks record) with their cells and text, and the cells holding someone else's
 * note or comment. What is read here is what a failed run puts back.
 */
import { markLevelOf, noteHash, type MarkLevel } from "../core";
import { splitAreas, stripSheet } from "./addresses";
import { syncStep } from "./office-run";
import type { MarkNoteKind, MarksRecord } from "./marks-store";

/** One of our conditional formats as it was. */
export interface OldMarkFormat {
  format: Excel.ConditionalFormat;
  level: MarkLevel;
  /** Its rectangles, `B5:B9`, without the sheet name. */
  areas: string[];
  priority: number;
}

/** One of our notes as it was. */
export interface OldMarkNote {
  item: Excel.Note | Excel.Comment;
  kind: "note" | "comment";
  /** `C5`, without the sheet name. */
  cell: string;
  content: string;
}

export interface SheetMarks {
  sheetId: string;
  sheet: Excel.Worksheet;
  formats: OldMarkFormat[];
  notes: OldMarkNote[];
  /** Cells with a note or comment that is not ours (upper case, no sheet name). */
  occupied: Set<string>;
}

/** The marks the workbook holds before a run: on the record's sheet and on `sheetId`'s. */
export interface MarksBefore {
  record: MarksRecord | undefined;
  /** The note collections read: this Excel's and the record's. */
  kinds: MarkNoteKind[];
  /** One entry per sheet read, `sheetId`'s last. */
  sheets: SheetMarks[];
}

/** Notes located or deleted per sync: about 1.3 MB of request for 10,000 (bench/marks.ts), well under 5 MB. */
export const MARKS_BLOCK = 10_000;

interface Listed {
  formats: Excel.ConditionalFormatCollection;
  notes?: Excel.NoteCollection;
  comments?: Excel.CommentCollection;
}

/** What `sheet` holds of our marks; `record` says which notes are ours (none without one for this sheet). Two syncs. */
export async function readSheetMarks(
  context: Excel.RequestContext, sheet: Excel.Worksheet, sheetId: string, record: MarksRecord | undefined, kinds: readonly MarkNoteKind[],
): Promise<SheetMarks> {
  const listed: Listed = { formats: sheet.getRange().conditionalFormats.load("items/type,items/priority") };
  if (kinds.includes("note")) listed.notes = sheet.notes.load("items/content");
  if (kinds.includes("comment")) listed.comments = sheet.comments.load("items/content");
  await syncStep(context, "excel-step-marks-reading");
  const formats = listed.formats.items.filter((f) => f.type === "Custom").map((format) => ({
    format, rule: format.custom.rule.load("formula"), ranges: format.getRanges().load("address"),
  }));
  const items = [
    ...(listed.notes?.items ?? []).map((item) => ({ item, kind: "note" as const })),
    ...(listed.comments?.items ?? []).map((item) => ({ item, kind: "comment" as const })),
  ];
  const located: Located[] = [];
  // One sync per block of notes (the first with the formats' rules): each location is an operation and a response.
  for (let from = 0; from === 0 || from < items.length; from += MARKS_BLOCK) {
    for (const { item, kind } of items.slice(from, from + MARKS_BLOCK)) located.push(locate(item, kind));
    await syncStep(context, "excel-step-marks-reading");
  }
  const ours = new Set(record?.hashes ?? []);
  const notes: OldMarkNote[] = [];
  const occupied = new Set<string>();
  for (const { item, kind, where, replies } of located) {
    const cell = withoutSheet(where.address)[0];
    // A comment someone replied to is a conversation of theirs, whatever its first words.
    if (ours.has(noteHash(item.content)) && !(replies && replies.value > 0)) notes.push({ item, kind, cell, content: item.content });
    else occupied.add(cell);
  }
  return { sheetId, sheet, formats: ourFormats(formats), notes, occupied };
}

interface Located {
  item: Excel.Note | Excel.Comment;
  kind: "note" | "comment";
  where: Excel.Range;
  replies?: OfficeExtension.ClientResult<number>;
}

function locate(item: Excel.Note | Excel.Comment, kind: "note" | "comment"): Located {
  const where = item.getLocation().load("address");
  return kind === "comment" ? { item, kind, where, replies: (item as Excel.Comment).replies.getCount() } : { item, kind, where };
}

function ourFormats(formats: { format: Excel.ConditionalFormat; rule: Excel.ConditionalFormatRule; ranges: Excel.RangeAreas }[]): OldMarkFormat[] {
  const out: OldMarkFormat[] = [];
  for (const { format, rule, ranges } of formats) {
    const level = markLevelOf(rule.formula);
    if (level) out.push({ format, level, areas: withoutSheet(ranges.address), priority: format.priority });
  }
  return out;
}

/** `'My stock'!$B$5:$B$9, Stock!D7` → [`B5:B9`, `D7`]: the rectangles of an address, without sheet names or `$`. */
export function withoutSheet(address: string): string[] {
  return splitAreas(address).map((area) => stripSheet(area).replace(/\$/g, "").toUpperCase());
}
