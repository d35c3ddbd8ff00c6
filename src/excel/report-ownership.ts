/**
 * Which sheets are reports of the add-in's own (the summary, the stocktake report): by the tag
 * a report carries where custom properties exist (ExcelApi 1.12; one sync), else by the ids the
 * workbook's settings keep. The tag lives and dies with the sheet, while worksheet ids can change
 * between sessions, so where tags exist an old id in the settings may name a sheet of the user's.
 */
import { summaryNames, UI_LANGUAGES } from "../core";
import type { StepId } from "./step-id";
import { isExcelApiSupported, syncStep } from "./office-run";
import { summaryMap } from "./summary-ids";

export interface ReportTag {
  /** The custom property a report of this kind carries. */
  tag: string;
  /** The step named when the sync fails. */
  step: StepId;
}

/** Which of the existing `names` (keyed lower case in `existing`) are reports of ours. */
export async function reportOwnership(
  context: Excel.RequestContext,
  names: readonly string[],
  existing: ReadonlyMap<string, Excel.Worksheet>,
  stored: Readonly<Record<string, string>>,
  tagsSupported: boolean,
  kind: ReportTag,
): Promise<(name: string) => boolean> {
  if (!tagsSupported) {
    return (name) => {
      const sheet = existing.get(name.toLowerCase());
      return sheet !== undefined && sheet.id in stored;
    };
  }
  const tags = new Map<string, Excel.WorksheetCustomProperty>();
  for (const name of names) {
    const sheet = existing.get(name.toLowerCase());
    if (sheet && !tags.has(name.toLowerCase())) tags.set(name.toLowerCase(), sheet.customProperties.getItemOrNullObject(kind.tag).load("value"));
  }
  if (tags.size > 0) await syncStep(context, kind.step);
  return (name) => {
    const tag = tags.get(name.toLowerCase());
    return tag !== undefined && !tag.isNullObject;
  };
}

/** A sheet the add-in owns and rewrites on each run (the labels sheet): how it is named and recognised. */
export interface OwnedSheetKind extends ReportTag {
  /** Workbook setting mapping each such sheet's id to its inventory sheet's name (hosts without tags). */
  idsKey: string;
  /** The sheet's base name in a language (BCP 47 tag). */
  baseName: (locale: string) => string;
}

/** Where an owned sheet goes and what the workbook holds now. */
export interface OwnedTarget {
  name: string;
  /** Our old sheet, replaced at the end. */
  old: Excel.Worksheet | undefined;
  /** Every sheet by lower-case name. */
  existing: Map<string, Excel.Worksheet>;
  /** The ids setting as read. */
  stored: Record<string, string>;
  tagsSupported: boolean;
}

/**
 * The first name in `locale`'s language (`Labels`, `Labels (2)` …) that is free or holds a sheet
 * of ours, or our sheet under its name in another language; a string (the last name tried) when
 * every name is a sheet of the user's. Two syncs, three where tags are read.
 */
export async function ownedSheetTarget(context: Excel.RequestContext, kind: OwnedSheetKind, locale: string, source: string): Promise<OwnedTarget | string> {
  const tagsSupported = isExcelApiSupported("1.12");
  const sheets = context.workbook.worksheets.load("items/name,items/id,items/position");
  const ids = context.workbook.settings.getItemOrNullObject(kind.idsKey).load("value");
  await syncStep(context, kind.step);
  const stored = summaryMap(ids.isNullObject ? undefined : ids.value);
  const existing = new Map(sheets.items.map((s) => [s.name.toLowerCase(), s]));
  const notSource = (n: string) => n.toLowerCase() !== source.toLowerCase();
  const candidates = summaryNames(kind.baseName(locale)).filter(notSource);
  const known = [...new Set(UI_LANGUAGES.map(kind.baseName))].flatMap(summaryNames).filter(notSource);
  const isOurs = await reportOwnership(context, known, existing, stored, tagsSupported, kind);
  const sheetOf = (n: string) => existing.get(n.toLowerCase());
  const base = { existing, stored, tagsSupported };
  const name = candidates.find((n) => !sheetOf(n) || isOurs(n));
  if (name !== undefined && sheetOf(name)) return { ...base, name, old: sheetOf(name) };
  const mine = new Set(candidates.map((n) => n.toLowerCase()));
  const elsewhere = known.find((n) => !mine.has(n.toLowerCase()) && isOurs(n));
  if (elsewhere !== undefined) return { ...base, name: name ?? sheetOf(elsewhere)!.name, old: sheetOf(elsewhere) };
  return name !== undefined ? { ...base, name, old: undefined } : candidates[candidates.length - 1];
}
