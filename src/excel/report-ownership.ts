/**
 * Which sheets are reports of the add-in's own (the summary, the stocktake report): by the tag
 * a report carries where custom properties exist (ExcelApi 1.12; one sync), else by the ids the
 * workbook's settings keep. The tag lives and dies with the sheet, while worksheet ids can change
 * between sessions, so where tags exist an old id in the settings may name a sheet of the user's.
 */
import type { StepId } from "./step-id";
import { syncStep } from "./office-run";

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
