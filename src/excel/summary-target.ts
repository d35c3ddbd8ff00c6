/**
 * Which sheet a summary report goes to (docs/design.md §5, §23): the first name in the report's
 * language that is free or holds a report of ours; and a report of ours made in another language
 * (`Inventory summary` when the pane now speaks Finnish) is found again and replaced. Only a sheet
 * the add-in made counts as ours, whatever its name: a user's sheet that happens to bear a
 * translated name is never taken.
 */
import { summaryBaseName, summaryNames, summaryNamesInEveryLanguage } from "../core";
import { reportOwnership } from "./report-ownership";
import { SUMMARY_TAG } from "./summary-ids";

export interface TargetRequest {
  /** The `summarySheetName` setting. */
  setting: string;
  /** The report's language (BCP 47). */
  locale: string;
  /** The inventory's sheet name, which a report never takes. */
  source: string;
}

export interface ReportTarget {
  name: string;
  /** Our old report, to swap out: under `name`, or under its name in another language. */
  old: Excel.Worksheet | undefined;
}

/**
 * The report's target, or, when every name in the report's language is a sheet of the user's and
 * no report of ours is elsewhere, the last name tried (for the refusal). One sync where tags are read.
 */
export async function reportTarget(
  context: Excel.RequestContext,
  request: TargetRequest,
  existing: ReadonlyMap<string, Excel.Worksheet>,
  stored: Readonly<Record<string, string>>,
  tagsSupported: boolean,
): Promise<ReportTarget | string> {
  const notSource = (n: string) => n.toLowerCase() !== request.source.toLowerCase();
  const candidates = summaryNames(summaryBaseName(request.setting, request.locale)).filter(notSource);
  const known = summaryNamesInEveryLanguage(request.setting).filter(notSource);
  const isOurs = await reportOwnership(context, known, existing, stored, tagsSupported, { tag: SUMMARY_TAG, step: "excel-step-finding-summary" });
  const sheetOf = (n: string) => existing.get(n.toLowerCase());
  const name = candidates.find((n) => !sheetOf(n) || isOurs(n));
  if (name !== undefined && sheetOf(name)) return { name, old: sheetOf(name) };
  const mine = new Set(candidates.map((n) => n.toLowerCase()));
  const elsewhere = known.find((n) => !mine.has(n.toLowerCase()) && sheetOf(n) !== undefined && isOurs(n));
  if (elsewhere !== undefined) return { name: name ?? sheetOf(elsewhere)!.name, old: sheetOf(elsewhere) };
  return name !== undefined ? { name, old: undefined } : candidates[candidates.length - 1];
}

